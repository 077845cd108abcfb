import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { richTextSchema } from "../../model/hast.ts";
import { choiceOptionSchema, readChoiceParts, reportMissingCorrect } from "../choice/options.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("true-false"),
  prompt: richTextSchema,
  /** Exactly two options: the first stands for true, the second for false. */
  options: z.array(choiceOptionSchema).length(2),
});
export type TrueFalse = z.infer<typeof schema>;

/**
 * `:::true-false`: a statement, then two options in the order true, false (their labels are the
 * author's, so they can be in any language); the right one is marked `[x]`.
 */
export const trueFalse = defineInteraction({
  type: "true-false",
  attributes: baseInteractionAttributes,
  schema,
  read(node, _attributes, context) {
    const parts = readChoiceParts(context, node);
    if (!parts) return undefined;
    if (parts.options.length !== 2) {
      report(
        context.file,
        "invalid-interaction",
        `Unexpected ${parts.options.length} options in \`:::true-false\`, expected 2 (true, then false)`,
        node.position,
      );
      return undefined;
    }
    const correct = parts.options.filter((option) => option.correct).length;
    if (correct === 0) reportMissingCorrect(context, node);
    if (correct > 1) {
      report(
        context.file,
        "too-many-correct-answers",
        "Unexpected 2 correct options in `:::true-false`, expected 1",
        node.position,
      );
    }
    return correct === 1 ? parts : undefined;
  },
});
