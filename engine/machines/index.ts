/**
 * The learner runtime's pure behaviour (no DOM, no clock of its own).
 *
 *   const launch = await tracker.initialize();
 *   const player = createPlayer({ course, scope, launch, tracker, clock: { now: Date.now }, notes });
 *   player.start();                        // player.notice: show once if the record was damaged
 *   player.actor.send({ type: "nav.next" }); // nav.prev, nav.jump {address}
 *   const ref = selectInteractionRef(player.actor.getSnapshot(), id);
 *   ref.send({ type: "answer.change", response }); // answer.submit, answer.retry, answer.reveal, hint.show
 *   selectInteractionView(ref.getSnapshot());      // phase, result, revealed, locked, canX, attemptsLeft
 *   const exam = selectAssessmentRef(player.actor.getSnapshot());
 *   exam.send({ type: "assessment.start" });       // answer.change {itemId, response}, assessment.submit/retry
 *   selectAssessmentView(exam.getSnapshot());      // items, outcome (per-item result + revisit lesson)
 *   await player.stop();                   // saves and commits; then tracker.terminate()
 *
 * Responses by type (InteractionResponse): `ids` for choice types, hotspot regions, checklist
 * ticks, a poll answer, a sequencing order (send the shuffled start order too) and a scenario's
 * choices from the first scene; `text` for fill-in, numeric, reflection; `pairs` for matching
 * [left, right] and categorise [card, bucket]. A fill-in restored on another device may come back
 * as `ids` [matched answer] when its text was too long for the record (the text stays on the device).
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
