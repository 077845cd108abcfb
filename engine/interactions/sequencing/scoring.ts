import { idsOf, resultFromShare, type TypeScoring } from "../behaviour.ts";
import type { Sequencing } from "./index.ts";

const stepIds = (interaction: Sequencing) => interaction.steps.map((step) => step.id);

/** An order of every step exactly once. */
function isOrder(interaction: Sequencing, ids: readonly string[]): boolean {
  const expected = stepIds(interaction);
  return (
    ids.length === expected.length &&
    new Set(ids).size === ids.length &&
    ids.every((id) => expected.includes(id))
  );
}

/**
 * Response: `ids` in the learner's order (the view sends the shuffled order it starts with, too).
 * `partial`: share of steps in their right place; `feedbackIds` = steps out of place.
 */
export const sequencingScoring: TypeScoring<Sequencing> = {
  isAnswerable: (interaction, response) => isOrder(interaction, idsOf(response)),
  score(interaction, response) {
    const order = idsOf(response);
    if (!isOrder(interaction, order)) return resultFromShare(0, false, []);
    const expected = stepIds(interaction);
    const misplaced = order.filter((id, index) => expected[index] !== id);
    return resultFromShare(
      1 - misplaced.length / expected.length,
      interaction.scoring === "partial",
      misplaced,
    );
  },
  correctResponse: (interaction) => ({ kind: "ids", ids: stepIds(interaction) }),
  largestResponse: (interaction) => ({ kind: "ids", ids: stepIds(interaction) }),
};
