import { idsOf, NEUTRAL, type TypeScoring } from "../behaviour.ts";
import type { Checklist } from "./index.ts";

/** Response: `ids` of the items ticked (any number, none included). Unscored: always neutral. */
export const checklistScoring: TypeScoring<Checklist> = {
  isAnswerable: (interaction, response) =>
    response.kind === "ids" &&
    idsOf(response).every((id) => interaction.items.some((item) => item.id === id)),
  score: () => NEUTRAL,
  correctResponse: () => undefined,
  largestResponse: (interaction) => ({ kind: "ids", ids: interaction.items.map((item) => item.id) }),
};
