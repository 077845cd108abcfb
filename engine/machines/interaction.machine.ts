import { type ActorRef, assign, enqueueActions, type Snapshot, setup } from "xstate";
import type { InteractionResponse, ScoreResult } from "../interactions/behaviour.ts";
import { behaviourOf, hasHint } from "../interactions/behaviours.ts";
import type { Interaction } from "../interactions/registry.ts";
import type { InteractionEvent, InteractionUpdatedEvent } from "./events.ts";
import {
  FRESH_PROGRESS,
  type InteractionPhase,
  type InteractionProgress,
  resultOf,
} from "./interaction-progress.ts";

export type InteractionParentRef = ActorRef<Snapshot<unknown>, InteractionUpdatedEvent>;

export interface InteractionInput {
  interaction: Interaction;
  /** Restored from the progress record; fresh when absent. */
  progress?: InteractionProgress;
  /** The player to notify of changes; absent when the machine runs on its own (tests, previews). */
  parent?: InteractionParentRef;
}

export interface InteractionContext {
  interaction: Interaction;
  response: InteractionResponse | undefined;
  attemptsUsed: number;
  hintShown: boolean;
  /** The result of the last submission. */
  result: ScoreResult | undefined;
  /** The phase the record was saved in; read once by the `resuming` state. */
  resumePhase: InteractionPhase;
  parent: InteractionParentRef | undefined;
}

type PhaseParams = { phase: InteractionPhase };
type NotifyParams = PhaseParams & { submitted: boolean };

const scoringOf = (context: InteractionContext) => behaviourOf(context.interaction).scoring;

/** `attempts` tries were made (0 = unlimited never runs out). */
const isOutOfAttempts = (context: InteractionContext): boolean =>
  context.interaction.attempts > 0 && context.attemptsUsed >= context.interaction.attempts;

/** The persisted view of the context in a given phase. */
export function progressOf(context: InteractionContext, phase: InteractionPhase): InteractionProgress {
  return {
    phase,
    response: context.response,
    attemptsUsed: context.attemptsUsed,
    hintShown: context.hintShown,
  };
}

const notify = (phase: InteractionPhase, submitted = false) => ({
  type: "notifyParent" as const,
  params: { phase, submitted },
});

/** Opening the hint is kept (the record restores it), so it notifies in the phase it happens. */
const showHintIn = (phase: InteractionPhase) => ({
  guard: "hasHint" as const,
  actions: ["showHint" as const, notify(phase)],
});

/**
 * One interaction of any type: idle → answering → submitted → feedback; from feedback, retry while
 * attempts remain, or reveal (show the answer), which also happens by itself when attempts run out.
 * A right answer ends it. Unscored types end neutral and may be changed and submitted again.
 * The type's scoring.ts decides what counts as an answer and what it scores.
 */
export const interactionMachine = setup({
  types: {
    input: {} as InteractionInput,
    context: {} as InteractionContext,
    events: {} as InteractionEvent,
  },
  actions: {
    setResponse: assign({
      response: ({ context, event }) => (event.type === "answer.change" ? event.response : context.response),
    }),
    showHint: assign({ hintShown: true }),
    scoreResponse: assign({
      attemptsUsed: ({ context }) => context.attemptsUsed + 1,
      result: ({ context }) =>
        context.response ? scoringOf(context).score(context.interaction, context.response) : undefined,
    }),
    clearResult: assign({ result: undefined }),
    notifyParent: enqueueActions(({ context, enqueue }, params: NotifyParams) => {
      if (!context.parent) return;
      enqueue.sendTo(context.parent, {
        type: "interaction.updated",
        id: context.interaction.id,
        progress: progressOf(context, params.phase),
        submitted: params.submitted,
      });
    }),
  },
  guards: {
    isResumedAt: ({ context }, params: PhaseParams) => context.resumePhase === params.phase,
    hasHint: ({ context }) => hasHint(context.interaction) && !context.hintShown,
    hasAnswer: ({ context }) =>
      context.response !== undefined &&
      scoringOf(context).isAnswerable(context.interaction, context.response),
    isOutOfAttempts: ({ context }) => context.result?.correct === false && isOutOfAttempts(context),
    canRetry: ({ context }) =>
      context.result?.neutral === true || (context.result?.correct === false && !isOutOfAttempts(context)),
    canReveal: ({ context }) => context.result?.correct === false && !context.result.neutral,
  },
}).createMachine({
  id: "interaction",
  context: ({ input }) => {
    const progress = input.progress ?? FRESH_PROGRESS;
    const settled = progress.phase === "feedback" || progress.phase === "revealed";
    return {
      interaction: input.interaction,
      response: progress.response,
      attemptsUsed: progress.attemptsUsed,
      hintShown: progress.hintShown,
      result: settled ? resultOf(input.interaction, progress) : undefined,
      resumePhase: settled && !resultOf(input.interaction, progress) ? "idle" : progress.phase,
      parent: input.parent,
    };
  },
  initial: "resuming",
  states: {
    resuming: {
      always: [
        { guard: { type: "isResumedAt", params: { phase: "revealed" } }, target: "revealed" },
        { guard: { type: "isResumedAt", params: { phase: "feedback" } }, target: "feedback" },
        { guard: { type: "isResumedAt", params: { phase: "answering" } }, target: "answering" },
        { target: "idle" },
      ],
    },
    idle: {
      on: {
        "answer.change": { target: "answering", actions: "setResponse" },
        "hint.show": showHintIn("idle"),
      },
    },
    answering: {
      on: {
        "answer.change": { actions: "setResponse" },
        "hint.show": showHintIn("answering"),
        "answer.submit": { guard: "hasAnswer", target: "submitted" },
      },
    },
    submitted: {
      entry: "scoreResponse",
      always: [
        { guard: "isOutOfAttempts", target: "revealed", actions: notify("revealed", true) },
        { target: "feedback", actions: notify("feedback", true) },
      ],
    },
    feedback: {
      on: {
        "answer.retry": {
          guard: "canRetry",
          target: "answering",
          actions: ["clearResult", notify("answering")],
        },
        "answer.reveal": { guard: "canReveal", target: "revealed", actions: notify("revealed") },
        "hint.show": showHintIn("feedback"),
      },
    },
    /** The right answer is shown; the learner's last answer and its result stay. */
    revealed: {},
  },
});
