import type { InteractionResult, TrackedResponse } from "../../tracking/tracker.ts";
import type { InteractionTracking, ScoreResult } from "../behaviour.ts";
import { idsOf } from "../behaviour.ts";

/** Anything with options (or regions) of which some are right. */
export interface ChoiceLike {
  options: ReadonlyArray<{ id: string; correct: boolean }>;
}

/** correct/incorrect, or the partial score as a number (SCORM 2004 allows a real result). */
export function scoredResult(result: ScoreResult): InteractionResult {
  if (result.neutral) return "neutral";
  if (result.correct) return "correct";
  return result.score > 0 ? result.score : "incorrect";
}

/** single-choice and multiple-response → SCORM `choice`. */
export const choiceTracking: InteractionTracking<ChoiceLike> = (interaction, response, result) => ({
  type: "choice",
  learnerResponse: { kind: "choice", ids: idsOf(response) },
  correctResponses: [
    {
      kind: "choice",
      ids: interaction.options.filter((option) => option.correct).map((option) => option.id),
    },
  ],
  result: scoredResult(result),
});

/** true-false: the first option stands for true. */
export const trueFalseTracking: InteractionTracking<ChoiceLike> = (interaction, response, result) => {
  const trueId = interaction.options[0]?.id;
  const learnerResponse: TrackedResponse = { kind: "true-false", value: idsOf(response)[0] === trueId };
  const firstIsCorrect = interaction.options[0]?.correct === true;
  return {
    type: "true-false",
    learnerResponse,
    correctResponses: [{ kind: "true-false", value: firstIsCorrect }],
    result: scoredResult(result),
  };
};
