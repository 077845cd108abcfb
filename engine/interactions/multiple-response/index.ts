import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { richTextSchema } from "../../model/hast.ts";
import { choiceOptionSchema, readChoiceParts, reportMissingCorrect } from "../choice/options.ts";
import {
  baseInteractionAttributes,
  baseInteractionSchema,
  type InteractionSlice,
  interactionId,
} from "../interaction-slice.ts";

const attributes = baseInteractionAttributes.extend({
  /** `all`: all-or-nothing (default); `partial`: credit per option chosen rightly. */
  scoring: z.enum(["all", "partial"]).default("all"),
});

const schema = baseInteractionSchema.extend({
  type: z.literal("multiple-response"),
  prompt: richTextSchema,
  options: z.array(choiceOptionSchema).min(2),
  scoring: z.enum(["all", "partial"]),
});
export type MultipleResponse = z.infer<typeof schema>;

/** `:::multiple-response`: one or more `[x]` options are right; the learner ticks all that apply. */
export const multipleResponse: InteractionSlice<typeof attributes, typeof schema> = {
  type: "multiple-response",
  name: "multiple-response",
  attributes,
  schema,
  toBlock(node, attributes, context) {
    const id = interactionId(context, node, this.type, attributes.id);
    const parts = readChoiceParts(context, node);
    if (!parts) return undefined;
    const hasCorrect = parts.options.some((option) => option.correct);
    if (!hasCorrect) reportMissingCorrect(context, node);
    if (parts.options.length < 2) {
      report(
        context.file,
        "invalid-interaction",
        "Unexpected single option, expected at least 2",
        node.position,
      );
    }
    if (!id || !hasCorrect || parts.options.length < 2) return undefined;
    return {
      kind: "interaction",
      type: "multiple-response",
      id,
      attempts: attributes.attempts,
      scoring: attributes.scoring,
      ...parts,
    };
  },
};
