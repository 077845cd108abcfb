import { type InteractionResponse, pairsOf, resultFromShare, type TypeScoring } from "../behaviour.ts";

/** What pair-based types (matching, categorise) have in common: each item has one right partner. */
export interface PairTask<Interaction> {
  /** [item id, right partner id] for every item the learner places. */
  key(interaction: Interaction): Array<[string, string]>;
  partners(interaction: Interaction): string[];
  partial(interaction: Interaction): boolean;
}

/** The learner's placement of each known item (the last one wins); unknown ids are ignored. */
export function placements<I>(
  task: PairTask<I>,
  interaction: I,
  response: InteractionResponse,
): Map<string, string> {
  const items = new Set(task.key(interaction).map(([item]) => item));
  const partners = new Set(task.partners(interaction));
  return new Map(pairsOf(response).filter(([item, partner]) => items.has(item) && partners.has(partner)));
}

/** Every item placed to answer; share = items placed rightly ÷ items. */
export function pairScoring<I>(task: PairTask<I>): TypeScoring<I> {
  return {
    isAnswerable: (interaction, response) =>
      placements(task, interaction, response).size === task.key(interaction).length,
    score(interaction, response) {
      const placed = placements(task, interaction, response);
      const key = task.key(interaction);
      const right = key.filter(([item, partner]) => placed.get(item) === partner);
      const wrong = key.filter(([item, partner]) => placed.has(item) && placed.get(item) !== partner);
      return resultFromShare(
        right.length / key.length,
        task.partial(interaction),
        wrong.map(([item]) => item),
      );
    },
    correctResponse: (interaction) => ({ kind: "pairs", pairs: task.key(interaction) }),
    largestResponse: (interaction) => ({ kind: "pairs", pairs: task.key(interaction) }),
  };
}
