import type { InteractionResponse, ScoreResult } from "../interactions/behaviour.ts";
import { behaviourOf, revisitOf } from "../interactions/behaviours.ts";
import type { Interaction } from "../interactions/registry.ts";

export type AssessmentPhase = "ready" | "answering" | "review";

/** The persisted state of the final assessment: the draw is reproduced from `seed` and `itemIds`. */
export interface AssessmentProgress {
  phase: AssessmentPhase;
  /** Seed of the current (or next) attempt's draw and option order. */
  seed: number;
  attemptsUsed: number;
  /** The drawn items of the current attempt, in the order shown. */
  itemIds: string[];
  responses: Record<string, InteractionResponse>;
}

export interface ItemReview {
  item: Interaction;
  result: ScoreResult;
  /** The lesson to revisit after a wrong answer (`revisit` in assessment.md). */
  revisit: string | undefined;
}

export interface AssessmentOutcome {
  /** 0..100, rounded to whole percent. */
  percent: number;
  passed: boolean;
  items: ItemReview[];
}

/** Scores every drawn item (an unanswered item scores 0) against the pass mark. */
export function assessmentOutcome(
  items: readonly Interaction[],
  responses: Readonly<Record<string, InteractionResponse>>,
  passMark: number,
): AssessmentOutcome {
  const reviews = items.map((item): ItemReview => {
    const response = responses[item.id];
    const result = response
      ? behaviourOf(item).scoring.score(item, response)
      : { score: 0, correct: false, neutral: false, feedbackIds: [] };
    return { item, result, revisit: result.correct ? undefined : revisitOf(item) };
  });
  const total = reviews.reduce((sum, review) => sum + review.result.score, 0);
  const percent = items.length === 0 ? 0 : Math.round((total / items.length) * 100);
  return { percent, passed: percent >= passMark, items: reviews };
}
