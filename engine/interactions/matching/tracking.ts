import type { InteractionTracking } from "../behaviour.ts";
import { pairsOf } from "../behaviour.ts";
import { scoredResult } from "../choice/tracking.ts";
import type { Matching } from "./index.ts";

export const matchingTracking: InteractionTracking<Matching> = (interaction, response, result) => ({
  type: "matching",
  learnerResponse: { kind: "matching", pairs: pairsOf(response) },
  correctResponses: [
    {
      kind: "matching",
      pairs: interaction.sources.map((source): [string, string] => [source.id, source.target]),
    },
  ],
  result: scoredResult(result),
});
