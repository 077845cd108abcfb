import type { ContainerDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../diagnostics/report.ts";
import { attributePosition, numberAttribute } from "../directives/attributes.ts";
import type { BlockContext } from "../directives/directive-slice.ts";
import { defineDirective } from "../directives/directive-slice.ts";
import { resolveMedia } from "../model/media.ts";
import type { VideoBlock } from "../model/schema.ts";

/** A media path whose extension is one of `extensions` (the file's bytes are checked where it is resolved). */
function mediaPath(extensions: string, expected: string) {
  return z.string(expected).regex(new RegExp(`\\.(${extensions})$`, "i"), expected);
}

const attributes = z.strictObject({
  src: mediaPath("mp4|webm", "expected an MP4 or WebM video such as `../media/packing.webm`"),
  captions: mediaPath("vtt", "expected WebVTT captions such as `../media/packing.vtt`"),
  poster: mediaPath(
    "png|jpe?g|gif|webp|avif|svg",
    "expected an image such as `../media/packing.jpg` (PNG, JPEG, GIF, WebP, AVIF or SVG)",
  ).optional(),
  title: z.string().trim().min(1, "expected a short title such as `Packing an order`").optional(),
  minutes: numberAttribute
    .pipe(z.number().positive("expected the video's length in minutes, such as 2 or 1.5"))
    .optional(),
});

/** Resolves one media attribute, locating a problem at the attribute rather than at the block. */
function resolveAttribute(context: BlockContext, node: ContainerDirective, name: string, url: string) {
  return resolveMedia(context, url, { position: attributePosition(context, node, name) });
}

/**
 * `:::video{src="../media/x.webm" captions="../media/x.vtt" poster="../media/x.jpg" title="…" minutes=2}`
 * with the transcript as its content (required, as for audio). The file's size is read here, so the
 * player can say how much the video costs to download before anything loads.
 */
export const videoSlice = defineDirective({
  name: "video",
  attributes,
  toBlock(node, attributes, context): VideoBlock | undefined {
    const src = resolveAttribute(context, node, "src", attributes.src);
    const captions = resolveAttribute(context, node, "captions", attributes.captions);
    const poster = attributes.poster && resolveAttribute(context, node, "poster", attributes.poster);
    const transcript = context.toRichText(node.children);
    if (transcript.length === 0) {
      report(context.file, "missing-transcript", "Unexpected video without a transcript", node.position);
    }
    const file = src === undefined ? undefined : context.course.media.get(src);
    if (!src || !file || !captions || (attributes.poster && !poster) || transcript.length === 0)
      return undefined;
    return {
      kind: "video",
      src,
      bytes: file.size,
      ...(attributes.minutes === undefined ? {} : { minutes: attributes.minutes }),
      ...(poster ? { poster } : {}),
      captions,
      captionsLang: context.course.lang ?? "und",
      ...(attributes.title === undefined ? {} : { title: attributes.title }),
      transcript,
    };
  },
});
