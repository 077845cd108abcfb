import { idsOf, NEUTRAL, type TypeScoring } from "../behaviour.ts";
import type { Poll } from "./index.ts";

/** Response: `ids` with the one option chosen. Unscored: always neutral. */
export const pollScoring: TypeScoring<Poll> = {
  isAnswerable: (interaction, response) => {
    const [chosen, ...rest] = idsOf(response);
    return rest.length === 0 && interaction.options.some((option) => option.id === chosen);
  },
  score: () => NEUTRAL,
  correctResponse: () => undefined,
  largestResponse: (interaction) => ({ kind: "ids", ids: [interaction.options[0]?.id ?? "a"] }),
};
