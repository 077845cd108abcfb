import { type InteractionResponse, idsOf, resultFromShare, type TypeScoring, textOf } from "../behaviour.ts";
import type { FillIn } from "./index.ts";

/** Trimmed, inner spaces collapsed, and lower-cased unless case matters. */
export function normaliseAnswer(text: string, caseSensitive: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, " ");
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

function matches(interaction: FillIn, answer: FillIn["answers"][number], typed: string): boolean {
  if (answer.match.kind === "pattern")
    return new RegExp(answer.match.source, answer.match.flags).test(typed.trim());
  return (
    normaliseAnswer(answer.match.text, interaction.caseSensitive) ===
    normaliseAnswer(typed, interaction.caseSensitive)
  );
}

/** The first authored answer the text matches, accepted ones first. */
export function matchedAnswer(interaction: FillIn, typed: string): FillIn["answers"][number] | undefined {
  const ordered = [...interaction.answers].sort((a, b) => Number(b.correct) - Number(a.correct));
  return ordered.find((answer) => matches(interaction, answer, typed));
}

/** The authored answer a response stands for: typed text matched, or the record's `ids` form. */
function answerOf(interaction: FillIn, response: InteractionResponse): FillIn["answers"][number] | undefined {
  if (response.kind === "ids") return interaction.answers.find((answer) => answer.id === idsOf(response)[0]);
  return matchedAnswer(interaction, textOf(response).slice(0, interaction.maxlength));
}

export const fillInScoring: TypeScoring<FillIn> = {
  isAnswerable: (_interaction, response) => response.kind === "ids" || textOf(response).trim().length > 0,
  score(interaction, response) {
    const answer = answerOf(interaction, response);
    return resultFromShare(answer?.correct ? 1 : 0, false, answer ? [answer.id] : []);
  },
  compactForm(interaction, response) {
    const answer = answerOf(interaction, response);
    return { kind: "ids", ids: answer ? [answer.id] : [] };
  },
  correctResponse(interaction) {
    const shown = interaction.answers.find((answer) => answer.correct && answer.match.kind === "text");
    return shown?.match.kind === "text" ? { kind: "text", text: shown.match.text } : undefined;
  },
  largestResponse: (interaction) => ({ kind: "text", text: "x".repeat(interaction.maxlength) }),
};
