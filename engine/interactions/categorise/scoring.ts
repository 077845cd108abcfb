import type { TypeScoring } from "../behaviour.ts";
import { pairScoring } from "../parts/pairs-scoring.ts";
import type { Categorise } from "./index.ts";

/** Response: `pairs` of [card id, bucket id]; `feedbackIds` = cards in the wrong bucket. */
export const categoriseScoring: TypeScoring<Categorise> = pairScoring<Categorise>({
  key: (interaction) => interaction.cards.map((card): [string, string] => [card.id, card.bucket]),
  partners: (interaction) => interaction.buckets.map((bucket) => bucket.id),
  partial: (interaction) => interaction.scoring === "partial",
});
