import { z } from "zod";
import { defineDirective } from "../directives/directive-slice.ts";
import type { CalloutBlock } from "../model/schema.ts";

export const calloutVariants = ["tip", "warning", "example", "takeaway"] as const;

/** `:::tip`, `:::warning`, `:::example`, `:::takeaway`: a highlighted box of ordinary content. */
export const calloutSlices = calloutVariants.map((variant) =>
  defineDirective({
    name: variant,
    attributes: z.strictObject({}),
    toBlock(node, _attributes, context): CalloutBlock {
      return { kind: "callout", variant, content: context.toBlocks(node.children) };
    },
  }),
);
