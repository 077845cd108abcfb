import { NEUTRAL, type TypeScoring, textOf } from "../behaviour.ts";
import type { Reflection } from "./index.ts";

/**
 * Response: `text`, private: it stays on the device (engine/tracking/local.ts reflection notes),
 * never in a progress record or an LMS. Unscored: always neutral.
 */
export const reflectionScoring: TypeScoring<Reflection> = {
  privateResponse: true,
  isAnswerable: (_interaction, response) => textOf(response).trim().length > 0,
  score: () => NEUTRAL,
  correctResponse: () => undefined,
  largestResponse: (interaction) => ({ kind: "text", text: "\uffff".repeat(interaction.maxlength) }),
};
