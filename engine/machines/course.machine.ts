import { type ActorRefFrom, assign, emit, enqueueActions, setup } from "xstate";
import type { Interaction } from "../interactions/registry.ts";
import type { CourseModel } from "../model/schema.ts";
import { assessmentMachine } from "./assessment.machine.ts";
import type { AssessmentProgress } from "./assessment-progress.ts";
import type { ProgressFacts } from "./completion.ts";
import type { AssessmentUpdatedEvent, InteractionUpdatedEvent, NavigationEvent } from "./events.ts";
import { isStepOpen, stepIndexOf } from "./gating.ts";
import { interactionMachine } from "./interaction.machine.ts";
import type { InteractionProgress } from "./interaction-progress.ts";
import { type PlayerScope, planScope, type ScopePlan } from "./scope.ts";

/** Everything restored from a progress record (see progress-record/). */
export interface PlayerProgress {
  /** Address of the current step (`<lesson id>/<n>` or `assessment`). */
  location: string | undefined;
  visited: string[];
  interactions: Record<string, InteractionProgress>;
  assessment: AssessmentProgress | undefined;
}

export interface CourseInput {
  course: CourseModel;
  scope: PlayerScope;
  restored: PlayerProgress;
  /** Seed of a first assessment draw (the player derives it from its clock). */
  freshSeed: number;
}

export type CourseEvent = NavigationEvent | InteractionUpdatedEvent | AssessmentUpdatedEvent;

/** Emitted for the tracking bridge (createPlayer); the machine itself does no I/O. */
export type CourseEmitted =
  | { type: "step.entered"; address: string }
  | {
      type: "interaction.answered";
      interaction: Interaction;
      progress: InteractionProgress;
      lessonId: string;
    }
  | { type: "assessment.submitted"; progress: AssessmentProgress }
  | { type: "progress.changed" };

export interface CourseContext {
  course: CourseModel;
  plan: ScopePlan;
  position: number;
  visited: string[];
  interactions: Record<string, InteractionProgress>;
  assessment: AssessmentProgress | undefined;
  interactionRefs: Record<string, ActorRefFrom<typeof interactionMachine>>;
  assessmentRef: ActorRefFrom<typeof assessmentMachine> | undefined;
}

export function factsOf(context: CourseContext): ProgressFacts {
  return {
    plan: context.plan,
    visited: context.visited,
    progress: context.interactions,
    assessmentDone: (context.assessment?.attemptsUsed ?? 0) > 0,
  };
}

function visit(visited: readonly string[], address: string | undefined): string[] {
  return address === undefined || visited.includes(address) ? [...visited] : [...visited, address];
}

type StepIndex = (args: { context: CourseContext; event: CourseEvent }) => number;

/** Every move: go to the step, announce it, and let the bridge save. */
const moveTo = (index: StepIndex) => [
  { type: "goToStep" as const, params: (args: Parameters<StepIndex>[0]) => ({ index: index(args) }) },
  "emitStepEntered" as const,
  "emitProgressChanged" as const,
];

/**
 * The player of one scope (course, module, lesson or the final assessment): steps through screens
 * and lessons with prev/next/jump, holds one interaction actor per interaction (and the assessment
 * actor), gates on required interactions, and emits what the tracking bridge needs.
 */
export const courseMachine = setup({
  types: {
    input: {} as CourseInput,
    context: {} as CourseContext,
    events: {} as CourseEvent,
    emitted: {} as CourseEmitted,
  },
  actors: { interaction: interactionMachine, assessment: assessmentMachine },
  actions: {
    goToStep: assign(({ context }, params: { index: number }) => ({
      position: params.index,
      visited: visit(context.visited, context.plan.steps[params.index]?.address),
    })),
    keepInteraction: assign({
      interactions: ({ context, event }) =>
        event.type === "interaction.updated"
          ? { ...context.interactions, [event.id]: event.progress }
          : context.interactions,
    }),
    keepAssessment: assign({
      assessment: ({ context, event }) =>
        event.type === "assessment.updated" ? event.progress : context.assessment,
    }),
    emitStepEntered: emit(({ context }) => ({
      type: "step.entered" as const,
      address: context.plan.steps[context.position]?.address ?? "",
    })),
    reportInteraction: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "interaction.updated") return;
      const interaction = context.plan.interactions.find((candidate) => candidate.id === event.id);
      const lessonId = context.plan.lessonOf.get(event.id) ?? "";
      if (event.submitted && interaction)
        enqueue.emit({ type: "interaction.answered", interaction, progress: event.progress, lessonId });
      enqueue.emit({ type: "progress.changed" });
    }),
    reportAssessment: enqueueActions(({ event, enqueue }) => {
      if (event.type !== "assessment.updated") return;
      if (event.submitted) enqueue.emit({ type: "assessment.submitted", progress: event.progress });
      enqueue.emit({ type: "progress.changed" });
    }),
    emitProgressChanged: emit({ type: "progress.changed" }),
  },
  guards: {
    canGoNext: ({ context }) => isStepOpen(context, context.position + 1),
    canGoPrev: ({ context }) => context.position > 0,
    canJump: ({ context, event }) =>
      event.type === "nav.jump" && isStepOpen(context, stepIndexOf(context.plan, event.address)),
  },
}).createMachine({
  id: "course",
  context: ({ input, spawn, self }) => {
    const plan = planScope(input.course, input.scope);
    const found = stepIndexOf(plan, input.restored.location);
    const position = Math.max(found, 0);
    const interactionRefs = Object.fromEntries(
      plan.interactions.map((interaction) => [
        interaction.id,
        spawn("interaction", {
          id: interaction.id,
          input: { interaction, progress: input.restored.interactions[interaction.id], parent: self },
        }),
      ]),
    );
    const assessment = plan.hasAssessment
      ? (input.restored.assessment ?? {
          phase: "ready",
          seed: input.freshSeed,
          attemptsUsed: 0,
          itemIds: [],
          responses: {},
        })
      : undefined;
    const assessmentRef = assessment
      ? spawn("assessment", {
          id: "assessment",
          input: {
            settings: input.course.assessment,
            modules: input.course.modules,
            progress: assessment,
            parent: self,
          },
        })
      : undefined;
    return {
      course: input.course,
      plan,
      position,
      visited: visit(input.restored.visited, plan.steps[position]?.address),
      interactions: { ...input.restored.interactions },
      assessment,
      interactionRefs,
      assessmentRef,
    };
  },
  entry: "emitStepEntered",
  on: {
    "nav.next": { guard: "canGoNext", actions: moveTo(({ context }) => context.position + 1) },
    "nav.prev": { guard: "canGoPrev", actions: moveTo(({ context }) => context.position - 1) },
    "nav.jump": {
      guard: "canJump",
      actions: moveTo(({ context, event }) =>
        event.type === "nav.jump" ? stepIndexOf(context.plan, event.address) : context.position,
      ),
    },
    "interaction.updated": { actions: ["keepInteraction", "reportInteraction"] },
    "assessment.updated": { actions: ["keepAssessment", "reportAssessment"] },
  },
});

export type CourseActor = ActorRefFrom<typeof courseMachine>;
