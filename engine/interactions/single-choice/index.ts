import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { richTextSchema } from "../../model/hast.ts";
import { choiceOptionSchema, readChoiceParts, reportMissingCorrect } from "../choice/options.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("single-choice"),
  prompt: richTextSchema,
  options: z.array(choiceOptionSchema).min(2),
});
export type SingleChoice = z.infer<typeof schema>;

/** `:::single-choice`: exactly one `[x]` option is right. */
export const singleChoice = defineInteraction({
  type: "single-choice",
  attributes: baseInteractionAttributes,
  schema,
  read(node, _attributes, context) {
    const parts = readChoiceParts(context, node);
    if (!parts) return undefined;
    const correct = parts.options.filter((option) => option.correct).length;
    if (correct === 0) reportMissingCorrect(context, node);
    if (correct > 1) {
      report(
        context.file,
        "too-many-correct-answers",
        `Unexpected ${correct} correct options in \`:::single-choice\`, expected 1`,
        node.position,
      );
    }
    if (parts.options.length < 2) {
      report(
        context.file,
        "invalid-interaction",
        "Unexpected single option, expected at least 2",
        node.position,
      );
    }
    return correct === 1 && parts.options.length >= 2 ? parts : undefined;
  },
});
