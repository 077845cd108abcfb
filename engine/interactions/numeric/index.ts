import { z } from "zod";
import { numberAttribute } from "../../directives/attributes.ts";
import { richTextSchema } from "../../model/hast.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { readPrompt } from "../parts/prompt.ts";

const attributes = baseInteractionAttributes.extend({
  answer: numberAttribute,
  /** Largest accepted distance from the answer; 0 = exact. */
  tolerance: numberAttribute.pipe(z.number().min(0, "expected 0 or more")).default(0),
  /** Shown before the input (e.g. `GH₵`) and ignored when typed. */
  unit: z.string().trim().max(20, "expected a short unit such as GH₵").optional(),
});

const schema = baseInteractionSchema.extend({
  type: z.literal("numeric"),
  prompt: richTextSchema,
  answer: z.number(),
  tolerance: z.number().min(0),
  /** Empty when the number has no unit. */
  unit: z.string(),
});
export type Numeric = z.infer<typeof schema>;

/** `:::numeric{answer=12.5 tolerance=0.5 unit="GH₵"}`: the content is the question. */
export const numeric = defineInteraction({
  type: "numeric",
  attributes,
  schema,
  read(node, attributes, context) {
    const prompt = readPrompt(context, node, node.children);
    if (prompt.length === 0) return undefined;
    return {
      prompt,
      answer: attributes.answer,
      tolerance: attributes.tolerance,
      unit: attributes.unit ?? "",
    };
  },
});
