import type { InteractionTracking } from "../behaviour.ts";
import { idsOf } from "../behaviour.ts";
import { scoredResult } from "../choice/tracking.ts";
import type { Scenario } from "./index.ts";
import { bestPath, walk } from "./scoring.ts";

/** A branching path is SCORM `performance`: one step per scene, the choice made there. */
function steps(interaction: Scenario, choiceIds: readonly string[]): Array<[string, string]> {
  const scenes = walk(interaction, choiceIds) ?? [];
  return choiceIds.map((choiceId, index): [string, string] => [scenes[index]?.id ?? "", choiceId]);
}

export const scenarioTracking: InteractionTracking<Scenario> = (interaction, response, result) => {
  const best = bestPath(interaction);
  return {
    type: "performance",
    learnerResponse: { kind: "performance", steps: steps(interaction, idsOf(response)) },
    correctResponses: best ? [{ kind: "performance", steps: steps(interaction, best) }] : [],
    result: scoredResult(result),
  };
};
