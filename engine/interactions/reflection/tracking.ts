import type { InteractionTracking } from "../behaviour.ts";
import type { Reflection } from "./index.ts";

/** The LMS learns that the learner reflected, never what they wrote. */
export const reflectionTracking: InteractionTracking<Reflection> = () => ({
  type: "other",
  learnerResponse: { kind: "other", text: "" },
  correctResponses: [],
  result: "neutral",
});
