import { type InteractionScoring, resultFromShare, textOf } from "../behaviour.ts";
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

/** The widest UTF-16 unit for the record's text escaping, so the size computed is a true maximum. */
export const WIDEST_CHARACTER = "\uffff";

export const fillInScoring: InteractionScoring<FillIn> = {
  scored: true,
  isAnswerable: (_interaction, response) => textOf(response).trim().length > 0,
  score(interaction, response) {
    const typed = textOf(response).slice(0, interaction.maxlength);
    const answer = matchedAnswer(interaction, typed);
    return resultFromShare(answer?.correct ? 1 : 0, false, answer ? [answer.id] : []);
  },
  correctResponse(interaction) {
    const shown = interaction.answers.find((answer) => answer.correct && answer.match.kind === "text");
    return shown?.match.kind === "text" ? { kind: "text", text: shown.match.text } : undefined;
  },
  largestResponse: (interaction) => ({ kind: "text", text: WIDEST_CHARACTER.repeat(interaction.maxlength) }),
};
