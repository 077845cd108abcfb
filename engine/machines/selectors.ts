import type { SnapshotFrom } from "xstate";
import type { InteractionResponse, ScoreResult } from "../interactions/behaviour.ts";
import { behaviourOf } from "../interactions/behaviours.ts";
import type { CompletionStatus } from "../tracking/tracker.ts";
import type { assessmentMachine } from "./assessment.machine.ts";
import { type AssessmentOutcome, assessmentOutcome } from "./assessment-progress.ts";
import { completionOf, progressMeasure } from "./completion.ts";
import { type CourseContext, type courseMachine, factsOf } from "./course.machine.ts";
import { isStepOpen, unansweredRequired } from "./gating.ts";
import type { interactionMachine } from "./interaction.machine.ts";
import type { Step } from "./scope.ts";

type CourseSnapshot = SnapshotFrom<typeof courseMachine>;
type InteractionSnapshot = SnapshotFrom<typeof interactionMachine>;
type AssessmentSnapshot = SnapshotFrom<typeof assessmentMachine>;

const rule = (context: CourseContext) => context.course.completion.rule;

export const selectStep = (snapshot: CourseSnapshot): Step | undefined =>
  snapshot.context.plan.steps[snapshot.context.position];
export const selectPosition = (snapshot: CourseSnapshot) => ({
  index: snapshot.context.position,
  count: snapshot.context.plan.steps.length,
});
export const selectCanGoNext = (snapshot: CourseSnapshot) => snapshot.can({ type: "nav.next" });
export const selectCanGoPrev = (snapshot: CourseSnapshot) => snapshot.can({ type: "nav.prev" });
/** Required interactions on this screen still to answer (why "Next" is disabled). */
export const selectBlockingIds = (snapshot: CourseSnapshot): string[] =>
  unansweredRequired(selectStep(snapshot), snapshot.context.interactions);
export const selectProgressMeasure = (snapshot: CourseSnapshot): number =>
  progressMeasure(factsOf(snapshot.context), rule(snapshot.context));
export const selectCompletion = (snapshot: CourseSnapshot): CompletionStatus =>
  completionOf(factsOf(snapshot.context), rule(snapshot.context));
export const selectInteractionRef = (snapshot: CourseSnapshot, id: string) =>
  snapshot.context.interactionRefs[id];
export const selectAssessmentRef = (snapshot: CourseSnapshot) => snapshot.context.assessmentRef;

/** Every step with whether it was seen and whether it can be opened now (for an outline / menu). */
export function selectOutline(snapshot: CourseSnapshot) {
  const { context } = snapshot;
  return context.plan.steps.map((step, index) => ({
    step,
    current: index === context.position,
    visited: context.visited.includes(step.address),
    open: index === context.position || isStepOpen(context, index),
  }));
}

/** What an interaction view shows, derived from its actor's snapshot. */
export interface InteractionViewState {
  phase: "idle" | "answering" | "feedback" | "revealed";
  response: InteractionResponse | undefined;
  result: ScoreResult | undefined;
  /** The right answer while shown (revealed). */
  revealed: InteractionResponse | undefined;
  /** Inputs read-only: feedback or answer showing. */
  locked: boolean;
  hintShown: boolean;
  canSubmit: boolean;
  canRetry: boolean;
  canReveal: boolean;
  canShowHint: boolean;
  /** Tries left; undefined when unlimited. */
  attemptsLeft: number | undefined;
}

export function selectInteractionView(snapshot: InteractionSnapshot): InteractionViewState {
  const { context } = snapshot;
  const phase = snapshot.matches("revealed")
    ? "revealed"
    : snapshot.matches("feedback")
      ? "feedback"
      : snapshot.matches("answering")
        ? "answering"
        : "idle";
  const { attempts } = context.interaction;
  return {
    phase,
    response: context.response,
    result: phase === "feedback" || phase === "revealed" ? context.result : undefined,
    revealed:
      phase === "revealed"
        ? behaviourOf(context.interaction).scoring.correctResponse(context.interaction)
        : undefined,
    locked: phase === "feedback" || phase === "revealed",
    hintShown: context.hintShown,
    canSubmit: snapshot.can({ type: "answer.submit" }),
    canRetry: snapshot.can({ type: "answer.retry" }),
    canReveal: snapshot.can({ type: "answer.reveal" }),
    canShowHint: snapshot.can({ type: "hint.show" }),
    attemptsLeft: attempts === 0 ? undefined : Math.max(0, attempts - context.attemptsUsed),
  };
}

/** What the assessment view shows: its phase, the drawn items and, in review, the outcome. */
export function selectAssessmentView(snapshot: AssessmentSnapshot) {
  const { context } = snapshot;
  const phase = snapshot.matches("review") ? "review" : snapshot.matches("answering") ? "answering" : "ready";
  const outcome: AssessmentOutcome | undefined =
    phase === "review"
      ? assessmentOutcome(context.items, context.progress.responses, context.settings.passMark)
      : undefined;
  const { attempts } = context.settings;
  return {
    phase,
    items: context.items,
    responses: context.progress.responses,
    /** Seed for option shuffling: pass to `shuffledOrder(ids, seed, itemId)` when `shuffleOptions`. */
    seed: context.progress.seed,
    shuffleOptions: context.settings.shuffleOptions,
    outcome,
    attemptsLeft: attempts === 0 ? undefined : Math.max(0, attempts - context.progress.attemptsUsed),
    canStart: snapshot.can({ type: "assessment.start" }),
    canSubmit: snapshot.can({ type: "assessment.submit" }),
    canRetry: snapshot.can({ type: "assessment.retry" }),
  };
}
