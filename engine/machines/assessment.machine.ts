import { type ActorRef, assign, enqueueActions, type Snapshot, setup } from "xstate";
import { behaviourOf } from "../interactions/behaviours.ts";
import type { Interaction } from "../interactions/registry.ts";
import type { CourseModel, Module } from "../model/schema.ts";

type BankModule = Pick<Module, "bank">;

import { type AssessmentPhase, type AssessmentProgress, assessmentOutcome } from "./assessment-progress.ts";
import { drawItems, nextSeed } from "./draw.ts";
import type { AssessmentEvent, AssessmentUpdatedEvent } from "./events.ts";

export type AssessmentParentRef = ActorRef<Snapshot<unknown>, AssessmentUpdatedEvent>;

export interface AssessmentInput {
  settings: CourseModel["assessment"];
  /** Modules whose banks feed the draw (every module of the course). */
  modules: readonly BankModule[];
  /** Restored progress, or the fresh seed for a first attempt. */
  progress: AssessmentProgress;
  parent?: AssessmentParentRef;
}

export interface AssessmentContext {
  settings: CourseModel["assessment"];
  modules: readonly BankModule[];
  progress: AssessmentProgress;
  /** The drawn items (resolved from progress.itemIds). */
  items: Interaction[];
  parent: AssessmentParentRef | undefined;
}

const bankOf = (modules: readonly BankModule[]) =>
  new Map(modules.flatMap((module) => module.bank).map((item) => [item.id, item]));

/** Stored item ids that still exist; a removed item is dropped, a new one waits for the next draw. */
export function resolveItems(modules: readonly BankModule[], itemIds: readonly string[]): Interaction[] {
  const bank = bankOf(modules);
  return itemIds.flatMap((id) => bank.get(id) ?? []);
}

const isOutOfAttempts = ({ settings, progress }: AssessmentContext) =>
  settings.attempts > 0 && progress.attemptsUsed >= settings.attempts;

/** The current attempt reached the pass mark. */
export const isPassed = (context: AssessmentContext): boolean =>
  assessmentOutcome(context.items, context.progress.responses, context.settings.passMark).passed;

const notify = (phase: AssessmentPhase, submitted = false) => ({
  type: "notifyParent" as const,
  params: { phase, submitted },
});

function withPhase(context: AssessmentContext, phase: AssessmentPhase): AssessmentProgress {
  return { ...context.progress, phase };
}

/**
 * The final assessment: ready → answering (a seeded draw of `perModule` items per module bank) →
 * review (score against `passMark`, per-item feedback naming the lesson to revisit); retry draws
 * again with the next seed while attempts remain and the learner has not passed.
 */
export const assessmentMachine = setup({
  types: {
    input: {} as AssessmentInput,
    context: {} as AssessmentContext,
    events: {} as AssessmentEvent,
  },
  actions: {
    draw: assign(({ context }) => {
      const items = drawItems(context.modules, context.settings.perModule, context.progress.seed);
      return {
        items,
        progress: { ...context.progress, itemIds: items.map((item) => item.id), responses: {} },
      };
    }),
    setResponse: assign({
      progress: ({ context, event }) =>
        event.type === "answer.change" && context.items.some((item) => item.id === event.itemId)
          ? {
              ...context.progress,
              responses: { ...context.progress.responses, [event.itemId]: event.response },
            }
          : context.progress,
    }),
    countAttempt: assign({
      progress: ({ context }) => ({ ...context.progress, attemptsUsed: context.progress.attemptsUsed + 1 }),
    }),
    advanceSeed: assign({
      progress: ({ context }) => ({ ...context.progress, seed: nextSeed(context.progress.seed) }),
    }),
    notifyParent: enqueueActions(
      ({ context, enqueue }, params: { phase: AssessmentPhase; submitted: boolean }) => {
        if (!context.parent) return;
        enqueue.sendTo(context.parent, {
          type: "assessment.updated",
          progress: withPhase(context, params.phase),
          submitted: params.submitted,
        });
      },
    ),
  },
  guards: {
    isResumedAt: ({ context }, params: { phase: AssessmentPhase }) =>
      context.progress.phase === params.phase && (params.phase !== "answering" || context.items.length > 0),
    canStart: ({ context }) =>
      !isOutOfAttempts(context) && context.modules.some((module) => module.bank.length > 0),
    hasAllAnswers: ({ context }) =>
      context.items.every((item) => {
        const response = context.progress.responses[item.id];
        return response !== undefined && behaviourOf(item).scoring.isAnswerable(item, response);
      }),
    canRetry: ({ context }) => !isOutOfAttempts(context) && !isPassed(context),
  },
}).createMachine({
  id: "assessment",
  context: ({ input }) => ({
    settings: input.settings,
    modules: input.modules,
    progress: input.progress,
    items: resolveItems(input.modules, input.progress.itemIds),
    parent: input.parent,
  }),
  initial: "resuming",
  states: {
    resuming: {
      always: [
        { guard: { type: "isResumedAt", params: { phase: "review" } }, target: "review" },
        { guard: { type: "isResumedAt", params: { phase: "answering" } }, target: "answering" },
        { target: "ready" },
      ],
    },
    ready: {
      on: {
        "assessment.start": {
          guard: "canStart",
          target: "answering",
          actions: ["draw", notify("answering")],
        },
      },
    },
    answering: {
      on: {
        "answer.change": { actions: ["setResponse", notify("answering")] },
        "assessment.submit": {
          guard: "hasAllAnswers",
          target: "review",
          actions: ["countAttempt", notify("review", true)],
        },
      },
    },
    review: {
      on: {
        "assessment.retry": {
          guard: "canRetry",
          target: "answering",
          actions: ["advanceSeed", "draw", notify("answering")],
        },
      },
    },
  },
});
