import type { TypeScoring } from "../behaviour.ts";
import { multipleAnswerScoring } from "../choice/scoring.ts";
import type { Hotspot } from "./index.ts";

/** Regions score like the options of a multiple-response, all or nothing. */
const asChoice = (interaction: Hotspot) => ({ options: interaction.regions, scoring: "all" as const });

/** Response: `ids` of the regions chosen; right = exactly the `correct` ones. */
export const hotspotScoring: TypeScoring<Hotspot> = {
  isAnswerable: (interaction, response) =>
    multipleAnswerScoring.isAnswerable(asChoice(interaction), response),
  score: (interaction, response) => multipleAnswerScoring.score(asChoice(interaction), response),
  correctResponse: (interaction) => multipleAnswerScoring.correctResponse(asChoice(interaction)),
  largestResponse: (interaction) => multipleAnswerScoring.largestResponse(asChoice(interaction)),
};
