import type { PrivateNotes } from "../machines/tracking-bridge.ts";
import { browserStore, type KeyValueStore, resilientStore } from "./device-storage.ts";
import { mergeCompletion, mergeSuccess } from "./status.ts";
import type {
  CompletionStatus,
  InteractionRecord,
  LaunchContext,
  NoticeListener,
  ProgressSnapshot,
  Score,
  SuccessStatus,
  Tracker,
  TrackerNotice,
} from "./tracker.ts";

export interface LocalTrackerOptions {
  courseId: string;
  /** The player scope as text (`course`, `module:<id>`, `lesson:<id>`, `assessment`). */
  scope: string;
  /** Defaults to localStorage, or memory when that is unavailable. */
  store?: KeyValueStore;
}

/** What the local tracker keeps per course and scope (JSON under one key). */
export interface SavedState {
  record?: string;
  location?: string;
  progressMeasure?: number;
  completion: CompletionStatus;
  success: SuccessStatus;
  scoreRaw?: number;
}

const EMPTY: SavedState = { completion: "not-attempted", success: "unknown" };

export function parseSavedState(text: string | null): SavedState {
  if (!text) return EMPTY;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return EMPTY;
    const read = value as Partial<Record<keyof SavedState, unknown>>;
    const completions: CompletionStatus[] = ["not-attempted", "incomplete", "completed"];
    const successes: SuccessStatus[] = ["unknown", "passed", "failed"];
    return {
      record: typeof read.record === "string" ? read.record : undefined,
      location: typeof read.location === "string" ? read.location : undefined,
      progressMeasure: typeof read.progressMeasure === "number" ? read.progressMeasure : undefined,
      completion: completions.find((status) => status === read.completion) ?? "not-attempted",
      success: successes.find((status) => status === read.success) ?? "unknown",
      scoreRaw: typeof read.scoreRaw === "number" ? read.scoreRaw : undefined,
    };
  } catch {
    return EMPTY;
  }
}

export const namespaceOf = (courseId: string, scope: string) => `coursemark:${courseId}:${scope}`;

/**
 * The `local` Tracker: progress on this device (localStorage, or memory when storage is missing
 * or full), namespaced by course id and scope, so the player runs standalone (site, previews).
 * Interactions are kept for the session only (`journal`), as nothing reports them anywhere.
 */
export function createLocalTracker(options: LocalTrackerOptions): Tracker & {
  readonly persistent: boolean;
  journal(): readonly InteractionRecord[];
} {
  const store = resilientStore(options.store ?? browserStore());
  const key = `${namespaceOf(options.courseId, options.scope)}:progress`;
  const listeners = new Set<NoticeListener>();
  const journal: InteractionRecord[] = [];
  let state = parseSavedState(store.getItem(key));
  let dirty = false;
  const notify = (notice: TrackerNotice) => {
    for (const listener of listeners) listener(notice);
  };
  const update = (change: Partial<SavedState>) => {
    state = { ...state, ...change };
    dirty = true;
  };

  return {
    kind: "local",
    get persistent() {
      return store.persistent;
    },
    journal: () => journal,
    async initialize(): Promise<LaunchContext> {
      state = parseSavedState(store.getItem(key));
      notify({ kind: "standalone" });
      return {
        mode: "normal",
        credit: true,
        record: state.record,
        location: state.location,
        completion: state.completion,
        success: state.success,
        scoreRaw: state.scoreRaw,
        learnerName: undefined,
      };
    },
    saveProgress(progress: ProgressSnapshot) {
      update({
        record: progress.record,
        location: progress.location,
        progressMeasure: progress.progressMeasure,
      });
    },
    recordInteraction(interaction: InteractionRecord) {
      journal.push(interaction);
    },
    setScore(score: Score) {
      update({ scoreRaw: score.raw });
    },
    setStatus(completion: CompletionStatus, success: SuccessStatus) {
      update({
        completion: mergeCompletion(state.completion, completion),
        success: mergeSuccess(state.success, success),
      });
    },
    async commit() {
      if (dirty) store.setItem(key, JSON.stringify(state));
      dirty = false;
      return store.persistent;
    },
    async terminate() {
      if (dirty) store.setItem(key, JSON.stringify(state));
      dirty = false;
    },
    subscribe(listener: NoticeListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Reflection text, on this device only (never in a progress record or an LMS). */
export function createReflectionNotes(options: { courseId: string; store?: KeyValueStore }): PrivateNotes {
  const store = resilientStore(options.store ?? browserStore());
  const prefix = `${namespaceOf(options.courseId, "notes")}:`;
  return {
    read: (interactionId) => store.getItem(prefix + interactionId) ?? undefined,
    write: (interactionId, text) => store.setItem(prefix + interactionId, text),
  };
}
