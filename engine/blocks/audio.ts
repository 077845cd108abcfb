import { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { defineDirective } from "../directives/directive-slice.ts";
import { resolveMedia } from "../model/media.ts";
import type { AudioBlock } from "../model/schema.ts";

/** `:::audio{src="media/x.mp3"}` with the transcript as its content (required). */
export const audioSlice = defineDirective({
  name: "audio",
  attributes: z.strictObject({ src: z.string().min(1, "expected a media path such as media/intro.mp3") }),
  toBlock(node, attributes, context): AudioBlock | undefined {
    const src = resolveMedia(context, attributes.src, node);
    const transcript = context.toRichText(node.children);
    if (transcript.length === 0) {
      report(context.file, "missing-transcript", "Unexpected audio without a transcript", node.position);
    }
    return src && transcript.length > 0 ? { kind: "audio", src, transcript } : undefined;
  },
});
