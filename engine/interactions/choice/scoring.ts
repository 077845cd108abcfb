import { type InteractionResponse, idsOf, resultFromShare, type TypeScoring } from "../behaviour.ts";

/** Anything with options (or regions) of which some are right. */
export interface ChoiceLike {
  options: ReadonlyArray<{ id: string; correct: boolean }>;
}

function correctIds(interaction: ChoiceLike): string[] {
  return interaction.options.filter((option) => option.correct).map((option) => option.id);
}

/** Only ids of this interaction's options count; unknown ids (from an older record) are ignored. */
function chosenIds(interaction: ChoiceLike, response: InteractionResponse): string[] {
  const known = new Set(interaction.options.map((option) => option.id));
  return [...new Set(idsOf(response))].filter((id) => known.has(id));
}

/** single-choice and true-false: exactly one option chosen, right or wrong. */
export const singleAnswerScoring: TypeScoring<ChoiceLike> = {
  isAnswerable: (interaction, response) => chosenIds(interaction, response).length === 1,
  score(interaction, response) {
    const chosen = chosenIds(interaction, response);
    const right = chosen.length === 1 && correctIds(interaction).includes(chosen[0] ?? "");
    return resultFromShare(right ? 1 : 0, false, chosen);
  },
  correctResponse: (interaction) => ({ kind: "ids", ids: correctIds(interaction).slice(0, 1) }),
  largestResponse: (interaction) => ({ kind: "ids", ids: [interaction.options[0]?.id ?? "a"] }),
};

/**
 * multiple-response: `all` gives 1 only for exactly the right set; `partial` gives
 * (right ticks − wrong ticks) / right options, never below 0, so ticking everything earns nothing.
 */
export const multipleAnswerScoring: TypeScoring<ChoiceLike & { scoring: "all" | "partial" }> = {
  isAnswerable: (interaction, response) => chosenIds(interaction, response).length > 0,
  score(interaction, response) {
    const chosen = chosenIds(interaction, response);
    const correct = correctIds(interaction);
    const rightTicks = chosen.filter((id) => correct.includes(id)).length;
    const wrongTicks = chosen.length - rightTicks;
    // Equals 1 only when every right option and no wrong one is ticked.
    const share = (rightTicks - wrongTicks) / Math.max(1, correct.length);
    return resultFromShare(share, interaction.scoring === "partial", chosen);
  },
  correctResponse: (interaction) => ({ kind: "ids", ids: correctIds(interaction) }),
  largestResponse: (interaction) => ({ kind: "ids", ids: interaction.options.map((option) => option.id) }),
};
