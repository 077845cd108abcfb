import type { InteractionTracking } from "../behaviour.ts";
import { textOf } from "../behaviour.ts";
import { scoredResult } from "../choice/tracking.ts";
import type { Numeric } from "./index.ts";
import { readNumber } from "./scoring.ts";

/** A numeric answer with a tolerance is the range answer ± tolerance. */
export const numericTracking: InteractionTracking<Numeric> = (interaction, response, result) => {
  const value = readNumber(textOf(response), interaction.unit);
  return {
    type: "numeric",
    learnerResponse:
      value === undefined ? { kind: "other", text: textOf(response) } : { kind: "numeric", value },
    correctResponses: [
      interaction.tolerance > 0
        ? {
            kind: "numeric-range",
            min: interaction.answer - interaction.tolerance,
            max: interaction.answer + interaction.tolerance,
          }
        : { kind: "numeric", value: interaction.answer },
    ],
    result: scoredResult(result),
  };
};
