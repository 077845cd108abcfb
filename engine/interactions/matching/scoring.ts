import type { TypeScoring } from "../behaviour.ts";
import { pairScoring } from "../parts/pairs-scoring.ts";
import type { Matching } from "./index.ts";

/** Response: `pairs` of [left item id, chosen right item id]; `feedbackIds` = left items matched wrongly. */
export const matchingScoring: TypeScoring<Matching> = pairScoring<Matching>({
  key: (interaction) => interaction.sources.map((source): [string, string] => [source.id, source.target]),
  partners: (interaction) => interaction.targets.map((target) => target.id),
  partial: (interaction) => interaction.scoring === "partial",
});
