import type { ScormVersion } from "../../../engine/tracking/cmi-formats.ts";
import type { ScormTrackerOptions } from "../../../engine/tracking/scorm-tracker.ts";
import { createScorm12Tracker } from "../../../engine/tracking/scorm12.ts";
import { createScorm2004Tracker } from "../../../engine/tracking/scorm2004.ts";
import {
  FIRST_LAUNCH,
  type InteractionRecord,
  type Tracker,
  type TrackerNotice,
} from "../../../engine/tracking/tracker.ts";
import { fakeLms } from "./fake-lms.ts";

/** What the SCORM tracker tests share: a fake LMS in a parent frame, device storage, a clock. */
/** A device-only tracker standing in for engine/tracking/local.ts: records what reaches it. */
export function deviceTracker(calls: string[]): Tracker {
  return {
    kind: "local",
    initialize: async () => FIRST_LAUNCH,
    saveProgress: () => calls.push("saveProgress"),
    recordInteraction: () => calls.push("recordInteraction"),
    setScore: () => calls.push("setScore"),
    setStatus: () => calls.push("setStatus"),
    commit: async () => true,
    terminate: async () => undefined,
    subscribe: () => () => undefined,
  };
}

export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  };
}

export const answer: InteractionRecord = {
  id: "pricing.price_it_right.single_choice_1",
  type: "choice",
  description: "What should Ama charge?",
  learnerResponse: { kind: "choice", ids: ["b"] },
  correctResponses: [{ kind: "choice", ids: ["b"] }],
  result: "correct",
  weighting: 1,
  latencyMs: 12_340,
  answeredAt: new Date(Date.UTC(2026, 10, 25, 10, 0, 0, 250)),
  objectiveIds: ["pricing.price_it_right"],
};

export const create = { scorm12: createScorm12Tracker, scorm2004: createScorm2004Tracker };
export const el = {
  scorm12: {
    status: "cmi.core.lesson_status",
    raw: "cmi.core.score.raw",
    exit: "cmi.core.exit",
    mode: "cmi.core.lesson_mode",
    credit: "cmi.core.credit",
    suspend: "cmi.suspend_data",
    location: "cmi.core.lesson_location",
    response: "student_response",
    normalExit: "",
  },
  scorm2004: {
    status: "cmi.completion_status",
    raw: "cmi.score.raw",
    exit: "cmi.exit",
    mode: "cmi.mode",
    credit: "cmi.credit",
    suspend: "cmi.suspend_data",
    location: "cmi.location",
    response: "learner_response",
    normalExit: "normal",
  },
} as const;

export function setup(
  version: ScormVersion,
  initial: Record<string, string> = {},
  extra: Partial<ScormTrackerOptions> = {},
) {
  const lms = fakeLms(version, initial);
  const apiName = version === "scorm12" ? "API" : "API_1484_11";
  const parent = { parent: null as unknown, [apiName]: lms.api };
  parent.parent = parent;
  const deviceCalls: string[] = [];
  const notices: TrackerNotice[] = [];
  let clock = 1_000;
  const tracker = create[version]({
    window: { parent },
    fallback: () => deviceTracker(deviceCalls),
    packageKey: "sample--pricing",
    storage: memoryStorage(),
    now: () => clock,
    sleep: async () => undefined,
    retryLater: () => undefined,
    ...extra,
  });
  tracker.subscribe((notice) => notices.push(notice));
  return { lms, tracker, deviceCalls, notices, advance: (ms: number) => (clock += ms) };
}

/** The copies of unsaved progress a device holds (not the mark of the last learner synced). */
export const unsavedCopies = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, n) => storage.key(n) ?? "").filter((key) =>
    key.includes(":unsaved:"),
  );
