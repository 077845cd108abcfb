import type { ScormVersion } from "../../../engine/tracking/cmi-formats.ts";

const METHODS = {
  scorm12: ["LMSInitialize", "LMSFinish", "LMSCommit", "LMSGetValue", "LMSSetValue", "LMSGetLastError"],
  scorm2004: ["Initialize", "Terminate", "Commit", "GetValue", "SetValue", "GetLastError"],
} as const;

export interface FakeLms {
  api: Record<string, (...args: string[]) => string>;
  /** Values as the LMS holds them in its API object. */
  values: Map<string, string>;
  /** Values as of the last successful commit or finish: what the LMS stored. */
  stored: Map<string, string>;
  sets: Array<[string, string]>;
  calls: string[];
  failCommits: number;
  failInitialize: number;
  failFinish: boolean;
  /** Refuses a SetValue (false, error 101) when it returns true: a flaky LMS. */
  refuseSet: (element: string) => boolean;
  /** Refuses a commit when it returns true (besides `failCommits`). */
  refuseCommit: () => boolean;
}

/**
 * A minimal in-memory LMS API for unit tests: records every call, stores on commit, and can refuse
 * initialize/commit a given number of times, and refuse SetValue calls. Browser journeys use scorm-again instead.
 */
export function fakeLms(version: ScormVersion, initial: Record<string, string> = {}): FakeLms {
  const [initialize, finish, commit, getValue, setValue, getLastError] = METHODS[version];
  const lms: FakeLms = {
    api: {},
    values: new Map(Object.entries(initial)),
    stored: new Map(Object.entries(initial)),
    sets: [],
    calls: [],
    failCommits: 0,
    failInitialize: 0,
    failFinish: false,
    refuseSet: () => false,
    refuseCommit: () => false,
  };
  let lastError = "0";
  const store = () => {
    lms.stored = new Map(lms.values);
  };
  lms.api = {
    [initialize]: () => {
      lms.calls.push(initialize);
      if (lms.failInitialize > 0) {
        lms.failInitialize -= 1;
        return "false";
      }
      return "true";
    },
    [finish]: () => {
      lms.calls.push(finish);
      if (lms.failFinish) return "false";
      store();
      return "true";
    },
    [commit]: () => {
      lms.calls.push(commit);
      if (lms.failCommits > 0) {
        lms.failCommits -= 1;
        return "false";
      }
      if (lms.refuseCommit()) return "false";
      store();
      return "true";
    },
    [getValue]: (element = "") => {
      if (element === "cmi.interactions._count") {
        const indexes = [...lms.values.keys()].map((key) => /^cmi\.interactions\.(\d+)\.id$/.exec(key)?.[1]);
        return String(indexes.filter((index) => index !== undefined).length);
      }
      return lms.values.get(element) ?? "";
    },
    [setValue]: (element = "", value = "") => {
      lms.calls.push(`${setValue} ${element}`);
      lastError = lms.refuseSet(element) ? "101" : "0";
      if (lastError !== "0") return "false";
      lms.sets.push([element, value]);
      lms.values.set(element, value);
      return "true";
    },
    [getLastError]: () => lastError,
  };
  return lms;
}
