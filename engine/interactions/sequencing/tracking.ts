import type { InteractionTracking } from "../behaviour.ts";
import { idsOf } from "../behaviour.ts";
import { scoredResult } from "../choice/tracking.ts";
import type { Sequencing } from "./index.ts";

export const sequencingTracking: InteractionTracking<Sequencing> = (interaction, response, result) => ({
  type: "sequencing",
  learnerResponse: { kind: "sequencing", ids: idsOf(response) },
  correctResponses: [{ kind: "sequencing", ids: interaction.steps.map((step) => step.id) }],
  result: scoredResult(result),
});
