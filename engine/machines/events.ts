import type { InteractionResponse } from "../interactions/behaviour.ts";
import type { AssessmentProgress } from "./assessment-progress.ts";
import type { InteractionProgress } from "./interaction-progress.ts";

/** Events a view sends to one interaction actor. */
export type InteractionEvent =
  | { type: "answer.change"; response: InteractionResponse }
  | { type: "answer.submit" }
  | { type: "hint.show" }
  | { type: "answer.reveal" }
  | { type: "answer.retry" };

/** An interaction actor tells its player what changed (the player persists and tracks it). */
export interface InteractionUpdatedEvent {
  type: "interaction.updated";
  id: string;
  progress: InteractionProgress;
  /** true when this update is a submission (the player records it with the tracker). */
  submitted: boolean;
}

/** Events a view sends to the player (course, module or lesson scope). */
export type NavigationEvent =
  | { type: "nav.next" }
  | { type: "nav.prev" }
  | { type: "nav.jump"; address: string };

/** Events a view sends to the assessment actor. */
export type AssessmentEvent =
  | { type: "assessment.start" }
  | { type: "answer.change"; itemId: string; response: InteractionResponse }
  | { type: "assessment.submit" }
  | { type: "assessment.retry" };

/** The assessment tells its player any change worth saving. */
export interface AssessmentUpdatedEvent {
  type: "assessment.updated";
  progress: AssessmentProgress;
  /** true right after an attempt was submitted (the player records the items and the score). */
  submitted: boolean;
}
