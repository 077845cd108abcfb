import { createActor } from "xstate";
import type { CourseModel } from "../model/schema.ts";
import type { LaunchContext, Tracker, TrackerNotice } from "../tracking/tracker.ts";
import { type CourseActor, courseMachine, type PlayerProgress } from "./course.machine.ts";
import { mulberry32 } from "./draw.ts";
import { type DecodedRecord, decodeRecord } from "./progress-record/codec.ts";
import { type PlayerScope, planScope, type ScopePlan } from "./scope.ts";
import { bridgeToTracker, type Clock, keepsTextOnDevice, type PrivateNotes } from "./tracking-bridge.ts";

export interface PlayerOptions {
  course: CourseModel;
  scope: PlayerScope;
  /** What `tracker.initialize()` returned. */
  launch: LaunchContext;
  tracker: Tracker;
  clock: Clock;
  /** Reflection text on this device (createReflectionNotes in engine/tracking/local.ts). */
  notes?: PrivateNotes;
}

export interface Player {
  /** The course/module/lesson player; its children are the interaction and assessment actors. */
  actor: CourseActor;
  plan: ScopePlan;
  /** How the saved record was read (for a short notice when it was damaged). */
  recovery: DecodedRecord["recovery"];
  /** A notice to show once, when the saved progress could not be restored in full. */
  notice: TrackerNotice | undefined;
  /** Starts the actor and the tracking bridge. */
  start(): void;
  /** Saves, commits and stops (call before tracker.terminate()). */
  stop(): Promise<void>;
}

/** Text kept on the device comes back, so a reflection or a long fill-in reopens as the learner wrote it. */
function withPrivateNotes(
  plan: ScopePlan,
  progress: PlayerProgress,
  notes: PrivateNotes | undefined,
): PlayerProgress {
  if (!notes) return progress;
  const interactions = { ...progress.interactions };
  for (const interaction of plan.interactions) {
    const entry = interactions[interaction.id];
    const text = notes.read(interaction.id);
    if (entry && text !== undefined && keepsTextOnDevice(interaction))
      interactions[interaction.id] = { ...entry, response: { kind: "text", text } };
  }
  return { ...progress, interactions };
}

/**
 * The learner runtime for one scope, without any DOM: decode the saved record, start the machines,
 * and report to the tracker. Views subscribe to `actor` (and its children) through the selectors.
 */
export function createPlayer(options: PlayerOptions): Player {
  const { course, scope, launch, tracker, clock } = options;
  const plan = planScope(course, scope);
  const decoded = decodeRecord(plan, launch.record);
  const restored = withPrivateNotes(plan, decoded.progress, options.notes);
  const location = restored.location ?? launch.location;
  const actor = createActor(courseMachine, {
    input: {
      course,
      scope,
      restored: { ...restored, location },
      freshSeed: Math.floor(mulberry32(clock.now() >>> 0)() * 4294967296),
    },
  });
  let bridge: ReturnType<typeof bridgeToTracker> | undefined;
  const notice: TrackerNotice | undefined =
    decoded.recovery === "partial" || decoded.recovery === "reset"
      ? { kind: "record-recovered", detail: decoded.recovery }
      : undefined;
  return {
    actor,
    plan,
    recovery: decoded.recovery,
    notice,
    start() {
      bridge = bridgeToTracker({ actor, tracker, launch, clock, notes: options.notes });
      actor.start();
      bridge.save();
    },
    async stop() {
      bridge?.save();
      bridge?.unsubscribe();
      actor.stop();
      await tracker.commit();
    },
  };
}
