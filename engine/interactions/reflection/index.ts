import { z } from "zod";
import { richTextSchema } from "../../model/hast.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { readPrompt } from "../parts/prompt.ts";

export const DEFAULT_REFLECTION_LENGTH = 500;
export const MAX_REFLECTION_LENGTH = 2000;

const attributes = baseInteractionAttributes.extend({
  maxlength: z.coerce.number().int().min(1).max(MAX_REFLECTION_LENGTH).default(DEFAULT_REFLECTION_LENGTH),
});

const schema = baseInteractionSchema.extend({
  type: z.literal("reflection"),
  prompt: richTextSchema,
  maxlength: z.number().int().min(1).max(MAX_REFLECTION_LENGTH),
  /** `::model[…]`, shown after the learner has written; may be empty. */
  modelAnswer: richTextSchema,
});
export type Reflection = z.infer<typeof schema>;

/** `:::reflection{maxlength=500}`: a question answered in free text that never leaves the device; unscored. */
export const reflection = defineInteraction({
  type: "reflection",
  attributes,
  schema,
  modelAnswer: true,
  read(node, attributes, context, parts) {
    const prompt = readPrompt(context, node, node.children);
    if (prompt.length === 0) return undefined;
    return { prompt, maxlength: attributes.maxlength, modelAnswer: parts.modelAnswer };
  },
});
