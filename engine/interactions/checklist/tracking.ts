import type { InteractionTracking } from "../behaviour.ts";
import { idsOf } from "../behaviour.ts";
import type { Checklist } from "./index.ts";

export const checklistTracking: InteractionTracking<Checklist> = (_interaction, response) => ({
  type: "choice",
  learnerResponse: { kind: "choice", ids: idsOf(response) },
  correctResponses: [],
  result: "neutral",
});
