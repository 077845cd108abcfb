import { z } from "zod";
import { richTextSchema } from "../../model/hast.ts";
import { choiceOptionSchema, readChoiceParts, reportMissingCorrect } from "../choice/options.ts";
import {
  baseInteractionSchema,
  defineInteraction,
  scoredAttributes,
  scoringSchema,
} from "../interaction-slice.ts";
import { hasAtLeastTwo } from "../parts/content-items.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("multiple-response"),
  prompt: richTextSchema,
  options: z.array(choiceOptionSchema).min(2),
  scoring: scoringSchema,
});
export type MultipleResponse = z.infer<typeof schema>;

/** `:::multiple-response`: one or more `[x]` options are right; the learner ticks all that apply. */
export const multipleResponse = defineInteraction({
  type: "multiple-response",
  attributes: scoredAttributes,
  schema,
  read(node, attributes, context) {
    const parts = readChoiceParts(context, node);
    if (!parts) return undefined;
    const hasCorrect = parts.options.some((option) => option.correct);
    if (!hasCorrect) reportMissingCorrect(context, node);
    const enough = hasAtLeastTwo(context, parts.options.length, "option", node.position);
    return hasCorrect && enough ? { ...parts, scoring: attributes.scoring } : undefined;
  },
});
