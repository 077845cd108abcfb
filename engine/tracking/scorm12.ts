/** The SCORM 1.2 tracker (STANDARDS.md §1.3–1.4, Moodle's scorm_12.js rules in §6.3). */
import { CMI_RULES, formatPercent, formatTime12, formatTimespan12 } from "./cmi-formats.ts";
import type { ScormDialect } from "./scorm-dialect.ts";
import { createScormTracker, type ScormTrackerOptions } from "./scorm-tracker.ts";
import type { CompletionStatus, SuccessStatus, Tracker } from "./tracker.ts";

const STORED_STATUS: Record<string, { completion: CompletionStatus; success: SuccessStatus }> = {
  passed: { completion: "completed", success: "passed" },
  failed: { completion: "completed", success: "failed" },
  completed: { completion: "completed", success: "unknown" },
  incomplete: { completion: "incomplete", success: "unknown" },
  browsed: { completion: "incomplete", success: "unknown" },
};

/**
 * 1.2 folds both dimensions into cmi.core.lesson_status. Moodle counts `passed` and `failed` as done
 * (STANDARDS.md §6.9), so a verdict waits until the completion rule is met: a learner who answered
 * every scored question but stopped one screen early stays `incomplete`.
 */
function lessonStatus(completion: CompletionStatus, success: SuccessStatus): string {
  if (completion !== "completed") return "incomplete";
  return success === "unknown" ? "completed" : success;
}

export const scorm12Dialect: ScormDialect = {
  version: "scorm12",
  rules: CMI_RULES.scorm12,
  apiName: "API",
  methods: {
    initialize: "LMSInitialize",
    terminate: "LMSFinish",
    commit: "LMSCommit",
    getValue: "LMSGetValue",
    setValue: "LMSSetValue",
    getLastError: "LMSGetLastError",
  },
  elements: {
    mode: "cmi.core.lesson_mode",
    credit: "cmi.core.credit",
    location: "cmi.core.lesson_location",
    suspendData: "cmi.suspend_data",
    exit: "cmi.core.exit",
    sessionTime: "cmi.core.session_time",
    learnerName: "cmi.core.student_name",
    learnerId: "cmi.core.student_id",
    learnerLanguage: "cmi.student_preference.language",
    scoreRaw: "cmi.core.score.raw",
    interactionCount: "cmi.interactions._count",
  },
  readStatus: (get) =>
    STORED_STATUS[get("cmi.core.lesson_status")] ?? { completion: "not-attempted", success: "unknown" },
  statusWrites: (completion, success) => [["cmi.core.lesson_status", lessonStatus(completion, success)]],
  // Moodle turns any stored raw into passed/failed against the mastery score on LMSFinish (§1.4.5):
  // a raw stored before completion would undo the wait above.
  scoreIsFinal: (completion) => completion === "completed",
  scoreWrites: (score) => [
    ["cmi.core.score.raw", formatPercent(score.raw)],
    ["cmi.core.score.min", formatPercent(score.min)],
    ["cmi.core.score.max", formatPercent(score.max)],
  ],
  progressWrites: () => [],
  interactionElements: { time: "time", learnerResponse: "student_response", description: undefined },
  formatInteractionTime: formatTime12,
  formatSessionTime: formatTimespan12,
};

export function createScorm12Tracker(options: ScormTrackerOptions): Tracker {
  return createScormTracker(scorm12Dialect, options);
}
