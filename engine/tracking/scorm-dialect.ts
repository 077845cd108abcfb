/**
 * What differs between SCORM 1.2 and 2004 for a tracker, as one shape: API names, element names
 * and how statuses, scores and interactions become element writes. scorm12.ts and scorm2004.ts
 * each state one; scorm-tracker.ts runs either.
 */
import type { CmiRules, ScormVersion } from "./cmi-formats.ts";
import type { ApiName } from "./lms-api.ts";
import type { CompletionStatus, InteractionRecord, Score, SuccessStatus } from "./tracker.ts";

/** One `SetValue(element, value)`; lists of writes are applied in order (2004: id → type → responses). */
export type CmiWrite = readonly [element: string, value: string];

export type GetValue = (element: string) => string;

export interface ScormDialect {
  version: ScormVersion;
  rules: CmiRules;
  apiName: ApiName;
  methods: {
    initialize: string;
    terminate: string;
    commit: string;
    getValue: string;
    setValue: string;
    getLastError: string;
  };
  elements: {
    mode: string;
    credit: string;
    location: string;
    suspendData: string;
    exit: string;
    sessionTime: string;
    learnerName: string;
    learnerId: string;
    scoreRaw: string;
    interactionCount: string;
  };
  readStatus(get: GetValue): { completion: CompletionStatus; success: SuccessStatus };
  statusWrites(completion: CompletionStatus, success: SuccessStatus): CmiWrite[];
  scoreWrites(score: Score): CmiWrite[];
  progressWrites(progressMeasure: number): CmiWrite[];
  interactionWrites(index: number, interaction: InteractionRecord): CmiWrite[];
  formatSessionTime(ms: number): string;
}

/** Reads a decimal the LMS stored; undefined when empty or not a number. */
export function readDecimal(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
