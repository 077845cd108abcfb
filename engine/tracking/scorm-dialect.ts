/**
 * What differs between SCORM 1.2 and 2004 for a tracker, as one shape: API names, element names
 * and how statuses, scores and interactions become element writes. scorm12.ts and scorm2004.ts
 * each state one; scorm-tracker.ts runs either.
 */
import { type CmiRules, formatDecimal, formatResult, formatText, type ScormVersion } from "./cmi-formats.ts";
import { formatInteractionResponses } from "./interaction-responses.ts";
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
    /** The learner's language preference (1.2 student_preference, 2004 learner_preference). */
    learnerLanguage: string;
    scoreRaw: string;
    interactionCount: string;
  };
  readStatus(get: GetValue): { completion: CompletionStatus; success: SuccessStatus };
  statusWrites(completion: CompletionStatus, success: SuccessStatus): CmiWrite[];
  /** Whether a score is final enough to store (a half-done module or assessment leaves no raw). */
  scoreIsFinal(completion: CompletionStatus, success: SuccessStatus): boolean;
  scoreWrites(score: Score): CmiWrite[];
  progressWrites(progressMeasure: number): CmiWrite[];
  /** cmi.interactions.n elements spelled per version; 1.2 has no description (§1.3, §2.3). */
  interactionElements: { time: string; learnerResponse: string; description: string | undefined };
  /** An interaction's time; undefined when the version cannot express the date. */
  formatInteractionTime(date: Date): string | undefined;
  /** session_time and interaction latency: CMITimespan (1.2) or ISO 8601 duration (2004). */
  formatSessionTime(ms: number): string;
}

/** One journaled interaction as writes: id first, then type, then what depends on the type (Moodle error 408, §2.3). */
export function interactionWrites(
  dialect: ScormDialect,
  index: number,
  interaction: InteractionRecord,
): CmiWrite[] {
  const { version, interactionElements: elements } = dialect;
  const at = `cmi.interactions.${index}.`;
  const writes: CmiWrite[] = [
    [`${at}id`, interaction.id],
    [`${at}type`, dialect.rules.types[interaction.type]],
    ...interaction.objectiveIds.map((id, n): CmiWrite => [`${at}objectives.${n}.id`, id]),
  ];
  const time = dialect.formatInteractionTime(interaction.answeredAt);
  if (time) writes.push([`${at}${elements.time}`, time]);
  writes.push([`${at}weighting`, formatDecimal(interaction.weighting)]);
  const { learner, patterns } = formatInteractionResponses(interaction, version);
  for (const [n, pattern] of patterns.entries())
    writes.push([`${at}correct_responses.${n}.pattern`, pattern]);
  if (learner !== undefined) writes.push([`${at}${elements.learnerResponse}`, learner]);
  writes.push([`${at}result`, formatResult(interaction.result, version)]);
  writes.push([`${at}latency`, dialect.formatSessionTime(interaction.latencyMs)]);
  if (elements.description) {
    const description = formatText(interaction.description, version);
    if (description) writes.push([`${at}${elements.description}`, description]);
  }
  return writes;
}

/** Reads a decimal the LMS stored; undefined when empty or not a number. */
export function readDecimal(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
