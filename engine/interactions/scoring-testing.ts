import type { InteractionResponse } from "./behaviour.ts";
import { behaviourOf } from "./behaviours.ts";
import type { Interaction, InteractionType } from "./registry.ts";
import { compileSnippet, firstInteraction } from "./testing.ts";

/** Test support: the first interaction of a snippet, checked to be of the expected type. */
export function interactionFrom<Type extends InteractionType>(
  type: Type,
  markdown: string,
): Extract<Interaction, { type: Type }> {
  const result = compileSnippet(markdown);
  const interaction = firstInteraction(result);
  if (interaction?.kind !== "interaction" || interaction.type !== type)
    throw new Error(`snippet is not a ${type}: ${result.problems.join(", ")}`);
  return interaction as Extract<Interaction, { type: Type }>;
}

/** Scores a response with the interaction's own scoring, and what the tracker would record. */
export function judge(interaction: Interaction, response: InteractionResponse) {
  const { scoring, tracking } = behaviourOf(interaction);
  const result = scoring.score(interaction, response);
  return {
    result,
    tracked: tracking(interaction, response, result),
    answerable: scoring.isAnswerable(interaction, response),
  };
}

export const ids = (...values: string[]): InteractionResponse => ({ kind: "ids", ids: values });
export const text = (value: string): InteractionResponse => ({ kind: "text", text: value });
export const pairs = (...values: Array<[string, string]>): InteractionResponse => ({
  kind: "pairs",
  pairs: values,
});
