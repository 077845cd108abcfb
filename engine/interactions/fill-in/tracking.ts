import type { InteractionTracking } from "../behaviour.ts";
import { textOf } from "../behaviour.ts";
import { scoredResult } from "../choice/tracking.ts";
import type { FillIn } from "./index.ts";

/** Each accepted literal answer is one correct response; patterns have no SCORM form and are left out. */
export const fillInTracking: InteractionTracking<FillIn> = (interaction, response, result) => ({
  type: "fill-in",
  learnerResponse: { kind: "fill-in", texts: [textOf(response)], caseMatters: interaction.caseSensitive },
  correctResponses: interaction.answers.flatMap((answer) =>
    answer.correct && answer.match.kind === "text"
      ? [{ kind: "fill-in" as const, texts: [answer.match.text], caseMatters: interaction.caseSensitive }]
      : [],
  ),
  result: scoredResult(result),
});
