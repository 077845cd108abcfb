import { z } from "zod";
import { richTextSchema } from "../../model/hast.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { maxlengthSchemas } from "../parts/maxlength.ts";
import { readPrompt } from "../parts/prompt.ts";

export const DEFAULT_REFLECTION_LENGTH = 500;
export const MAX_REFLECTION_LENGTH = 2000;
const maxlength = maxlengthSchemas(MAX_REFLECTION_LENGTH, DEFAULT_REFLECTION_LENGTH);

const attributes = baseInteractionAttributes.extend({ maxlength: maxlength.attribute });

const schema = baseInteractionSchema.extend({
  type: z.literal("reflection"),
  prompt: richTextSchema,
  maxlength: maxlength.field,
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
