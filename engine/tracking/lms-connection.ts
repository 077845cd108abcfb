/**
 * The LMS API found for a dialect (lms-api.ts), wrapped as plain calls: string results read as
 * booleans, and a throwing LMS counts as a refusal, so the tracker's retry policy applies. Every
 * SetValue result is checked: a refusal the LMS may overcome (SCORM 101 general exception, 351
 * general set failure…) is sent again; a value the LMS says it will never take is not.
 */
import { findLmsApi } from "./lms-api.ts";
import type { SetOutcome } from "./pending-writes.ts";
import type { ScormDialect } from "./scorm-dialect.ts";

export interface LmsConnection {
  initialize(): boolean;
  terminate(): boolean;
  commit(): boolean;
  get(element: string): string;
  set(element: string, value: string): SetOutcome;
}

/**
 * Error codes that say the element or value itself is wrong (SCORM 1.2 RTE §3.3.2.7: 201, 401–405;
 * SCORM 2004 RTE §3.1.7.6: 201, 401, 402, 404–407; its 403 is GetValue's): sending it again can
 * never succeed.
 */
const REJECTED_FOR_GOOD = /^(201|40[1-7])$/;

function wrap(api: Record<string, unknown>, dialect: ScormDialect): LmsConnection | undefined {
  const { methods } = dialect;
  const call = (method: string, ...args: string[]): string => {
    try {
      const result = (api[method] as (...values: string[]) => unknown).apply(api, args);
      return result === undefined || result === null ? "" : String(result);
    } catch {
      return "false"; // a throwing LMS counts as a refusal
    }
  };
  if (!Object.values(methods).every((method) => typeof api[method] === "function")) return undefined;
  return {
    initialize: () => call(methods.initialize, "") === "true",
    terminate: () => call(methods.terminate, "") === "true",
    commit: () => call(methods.commit, "") === "true",
    get: (element) => call(methods.getValue, element),
    set(element, value) {
      if (call(methods.setValue, element, value) === "true") return "accepted";
      const code = call(methods.getLastError).trim();
      return REJECTED_FOR_GOOD.test(code) ? "rejected" : "refused";
    },
  };
}

/** The LMS of this SCO's frames for the dialect's API name, or undefined when there is none usable. */
export function connectLms(window: object, dialect: ScormDialect): LmsConnection | undefined {
  const api = findLmsApi<Record<string, unknown>>(window, dialect.apiName);
  return api ? wrap(api, dialect) : undefined;
}
