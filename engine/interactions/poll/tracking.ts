import type { InteractionTracking } from "../behaviour.ts";
import { idsOf } from "../behaviour.ts";
import type { Poll } from "./index.ts";

/** A poll is a SCORM `likert` item: no right answer. */
export const pollTracking: InteractionTracking<Poll> = (_interaction, response) => ({
  type: "likert",
  learnerResponse: { kind: "likert", id: idsOf(response)[0] ?? "" },
  correctResponses: [],
  result: "neutral",
});
