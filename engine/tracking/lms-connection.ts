/**
 * The LMS API found for a dialect (lms-api.ts), wrapped as plain calls: string results read as
 * booleans, and a throwing LMS counts as a refusal, so the tracker's retry policy applies.
 */
import { findLmsApi } from "./lms-api.ts";
import type { ScormDialect } from "./scorm-dialect.ts";

export interface LmsConnection {
  initialize(): boolean;
  terminate(): boolean;
  commit(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
}

function wrap(api: Record<string, unknown>, methods: ScormDialect["methods"]): LmsConnection | undefined {
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
    set: (element, value) => call(methods.setValue, element, value) === "true",
  };
}

/** The LMS of this SCO's frames for the dialect's API name, or undefined when there is none usable. */
export function connectLms(window: object, dialect: ScormDialect): LmsConnection | undefined {
  const api = findLmsApi<Record<string, unknown>>(window, dialect.apiName);
  return api ? wrap(api, dialect.methods) : undefined;
}
