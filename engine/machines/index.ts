/**
 * The learner runtime's pure behaviour (no DOM). Views use `createPlayer` and the selectors;
 * events are `nav.*` (player), `answer.*` / `hint.show` (an interaction actor), `assessment.*`.
 */
export { assessmentMachine, resolveItems } from "./assessment.machine.ts";
export type { AssessmentOutcome, AssessmentProgress, ItemReview } from "./assessment-progress.ts";
export { completionOf, progressMeasure } from "./completion.ts";
export {
  type CourseActor,
  type CourseEmitted,
  courseMachine,
  type PlayerProgress,
} from "./course.machine.ts";
export { shuffledOrder } from "./draw.ts";
export type { AssessmentEvent, InteractionEvent, NavigationEvent } from "./events.ts";
export { interactionMachine } from "./interaction.machine.ts";
export type { InteractionPhase, InteractionProgress } from "./interaction-progress.ts";
export { type ScopeOutcome, scopeOutcome } from "./outcome.ts";
export { createPlayer, type Player, type PlayerOptions } from "./player.ts";
export {
  type DecodedRecord,
  decodeRecord,
  encodeRecord,
  type RecordRecovery,
} from "./progress-record/codec.ts";
export { ASSESSMENT_ADDRESS, type PlayerScope, planScope, type ScopePlan, type Step } from "./scope.ts";
export * from "./selectors.ts";
export type { Clock, PrivateNotes } from "./tracking-bridge.ts";
