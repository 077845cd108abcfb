import type { InteractionTracking } from "../behaviour.ts";
import { pairsOf } from "../behaviour.ts";
import { scoredResult } from "../choice/tracking.ts";
import type { Categorise } from "./index.ts";

/** Sorting cards into buckets is SCORM `matching` (card → bucket). */
export const categoriseTracking: InteractionTracking<Categorise> = (interaction, response, result) => ({
  type: "matching",
  learnerResponse: { kind: "matching", pairs: pairsOf(response) },
  correctResponses: [
    { kind: "matching", pairs: interaction.cards.map((card): [string, string] => [card.id, card.bucket]) },
  ],
  result: scoredResult(result),
});
