import type { InteractionResponse } from "../interactions/behaviour.ts";
import { behaviourOf } from "../interactions/behaviours.ts";
import { plainText } from "../interactions/plain-text.ts";
import type { Interaction } from "../interactions/registry.ts";
import type { InteractionRecord, LaunchContext, Tracker } from "../tracking/tracker.ts";
import { resolveItems } from "./assessment.machine.ts";
import { progressMeasure } from "./completion.ts";
import { type CourseActor, factsOf } from "./course.machine.ts";
import { scopeOutcome } from "./outcome.ts";
import { encodeRecord } from "./progress-record/codec.ts";

/** The only source of time for the runtime (tests pass a fixed one). */
export interface Clock {
  now(): number;
}

/**
 * Text kept on this device (engine/tracking/local.ts): reflections, which never leave it, and
 * fill-in answers, which the record may keep only by their matched answer when long.
 */
export function keepsTextOnDevice(interaction: Interaction): boolean {
  const { scoring } = behaviourOf(interaction);
  return scoring.privateResponse === true || scoring.compactForm !== undefined;
}

/** Private text (reflections) kept on this device only; see engine/tracking/local.ts. */
export interface PrivateNotes {
  read(interactionId: string): string | undefined;
  write(interactionId: string, text: string): void;
}

interface BridgeOptions {
  actor: CourseActor;
  tracker: Tracker;
  launch: LaunchContext;
  clock: Clock;
  notes: PrivateNotes | undefined;
}

function recordOf(
  interaction: Interaction,
  response: InteractionResponse,
  objectiveId: string,
  shownAt: number | undefined,
  now: number,
): InteractionRecord | undefined {
  const { scoring, tracking } = behaviourOf(interaction);
  const parts = tracking(interaction, response, scoring.score(interaction, response));
  if (!parts) return undefined;
  return {
    id: interaction.id,
    description: plainText(interaction.prompt),
    ...parts,
    weighting: scoring.scored ? 1 : 0,
    latencyMs: shownAt === undefined ? 0 : Math.max(0, now - shownAt),
    answeredAt: new Date(now),
    objectiveIds: objectiveId ? [objectiveId] : [],
  };
}

/**
 * Connects a player actor to a Tracker: the I/O edge of the runtime. Nothing is sent in review or
 * browse mode or without credit (STANDARDS.md: no-credit launches never change the record).
 * `save` sends progress, statuses and score now (at start, and before stopping).
 */
export function bridgeToTracker({ actor, tracker, launch, clock, notes }: BridgeOptions): {
  save(): void;
  unsubscribe(): void;
} {
  const tracks = launch.mode === "normal" && launch.credit;
  const shownAt = new Map<string, number>();
  const context = () => actor.getSnapshot().context;
  /** When the current assessment attempt began (its items' latency); a resumed one, at launch. */
  let attemptStartedAt = clock.now();
  let attemptPhase = context().assessment?.phase;

  const saveAll = () => {
    const current = context();
    const step = current.plan.steps[current.position];
    const progress = {
      location: step?.address,
      visited: current.visited,
      interactions: current.interactions,
      assessment: current.assessment,
    };
    tracker.saveProgress({
      record: encodeRecord(current.plan, progress),
      location: step?.address ?? "",
      progressMeasure: progressMeasure(factsOf(current), current.course.completion.rule),
    });
    const outcome = scopeOutcome(current);
    if (outcome.score) tracker.setScore(outcome.score);
    tracker.setStatus(outcome.completion, outcome.success);
    void tracker.commit();
  };

  const subscriptions = [
    actor.on("step.entered", (event) => {
      const step = context().plan.steps.find((candidate) => candidate.address === event.address);
      for (const interaction of step?.kind === "screen" ? step.interactions : []) {
        if (!shownAt.has(interaction.id)) shownAt.set(interaction.id, clock.now());
      }
    }),
    actor.on("interaction.answered", (event) => {
      const response = event.progress.response;
      if (!response) return;
      if (notes && keepsTextOnDevice(event.interaction) && response.kind === "text")
        notes.write(event.interaction.id, response.text);
      if (!tracks) return;
      const record = recordOf(
        event.interaction,
        response,
        event.lessonId,
        shownAt.get(event.interaction.id),
        clock.now(),
      );
      if (record) tracker.recordInteraction(record);
    }),
    actor.on("assessment.submitted", (event) => {
      if (!tracks) return;
      const items = resolveItems(context().course.modules, event.progress.itemIds);
      for (const item of items) {
        const response = event.progress.responses[item.id];
        const record =
          response && recordOf(item, response, item.revisit ?? "", attemptStartedAt, clock.now());
        if (record) tracker.recordInteraction(record);
      }
    }),
    actor.on("progress.changed", () => {
      const phase = context().assessment?.phase;
      if (phase === "answering" && attemptPhase !== "answering") attemptStartedAt = clock.now();
      attemptPhase = phase;
      if (tracks) saveAll();
    }),
  ];
  return {
    save: () => {
      if (tracks) saveAll();
    },
    unsubscribe: () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    },
  };
}
