import { resultFromShare, type TypeScoring, textOf } from "../behaviour.ts";
import type { Numeric } from "./index.ts";

/** The input's maxlength: enough for any amount a lesson asks for, and a bound for record sizes. */
export const NUMERIC_MAX_LENGTH = 20;

/**
 * What the learner typed → a number: the unit and any currency letters or symbols are ignored,
 * a comma reads as the decimal point (`GH₵ 12,50` → 12.5). undefined when no number is there.
 */
export function readNumber(typed: string, unit: string): number | undefined {
  const withoutUnit = unit ? typed.split(unit).join(" ") : typed;
  const digits = withoutUnit.replace(/[^0-9.,+-]/g, "").replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(digits)) return undefined;
  return Number(digits);
}

export const numericScoring: TypeScoring<Numeric> = {
  isAnswerable: (interaction, response) => readNumber(textOf(response), interaction.unit) !== undefined,
  score(interaction, response) {
    const value = readNumber(textOf(response).slice(0, NUMERIC_MAX_LENGTH), interaction.unit);
    const right = value !== undefined && Math.abs(value - interaction.answer) <= interaction.tolerance + 1e-9;
    return resultFromShare(right ? 1 : 0, false, []);
  },
  correctResponse: (interaction) => ({ kind: "text", text: String(interaction.answer) }),
  largestResponse: () => ({ kind: "text", text: "\uffff".repeat(NUMERIC_MAX_LENGTH) }),
};
