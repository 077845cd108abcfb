import { type InteractionResponse, NEUTRAL, type ScoreResult } from "../interactions/behaviour.ts";
import { behaviourOf } from "../interactions/behaviours.ts";
import type { Interaction } from "../interactions/registry.ts";

/** Where an interaction stands, as the progress record keeps it. */
export type InteractionPhase = "idle" | "answering" | "feedback" | "revealed";

/** The persisted state of one interaction: enough to restore it exactly, nothing derived. */
export interface InteractionProgress {
  phase: InteractionPhase;
  response: InteractionResponse | undefined;
  attemptsUsed: number;
  hintShown: boolean;
}

export const FRESH_PROGRESS: InteractionProgress = {
  phase: "idle",
  response: undefined,
  attemptsUsed: 0,
  hintShown: false,
};

/** The result of the last submission, recomputed from the response (so a corrected key applies). */
export function resultOf(interaction: Interaction, progress: InteractionProgress): ScoreResult | undefined {
  if (progress.attemptsUsed === 0) return undefined;
  const { scoring } = behaviourOf(interaction);
  // A private response (reflection text) may be missing on another device; it was neutral anyway.
  if (!progress.response) return scoring.scored ? undefined : NEUTRAL;
  return scoring.score(interaction, progress.response);
}

/** Answered: submitted at least once (an unscored one counts once submitted, too). */
export function isAnswered(progress: InteractionProgress | undefined): boolean {
  return progress !== undefined && progress.attemptsUsed > 0;
}
