/** The SCORM 2004 4th ed. tracker (STANDARDS.md §2.3–2.5, Moodle's scorm_13.js rules in §6.3, §6.5). */
import {
  CMI_RULES,
  formatDecimal,
  formatDuration2004,
  formatPercent,
  formatScaled,
  formatTimestamp2004,
} from "./cmi-formats.ts";
import type { ScormDialect } from "./scorm-dialect.ts";
import { createScormTracker, type ScormTrackerOptions } from "./scorm-tracker.ts";
import type { CompletionStatus, SuccessStatus, Tracker } from "./tracker.ts";

function readCompletion(value: string): CompletionStatus {
  return value === "completed" || value === "incomplete" ? value : "not-attempted";
}

function readSuccess(value: string): SuccessStatus {
  return value === "passed" || value === "failed" ? value : "unknown";
}

export const scorm2004Dialect: ScormDialect = {
  version: "scorm2004",
  rules: CMI_RULES.scorm2004,
  apiName: "API_1484_11",
  methods: {
    initialize: "Initialize",
    terminate: "Terminate",
    commit: "Commit",
    getValue: "GetValue",
    setValue: "SetValue",
    getLastError: "GetLastError",
  },
  elements: {
    mode: "cmi.mode",
    credit: "cmi.credit",
    location: "cmi.location",
    suspendData: "cmi.suspend_data",
    exit: "cmi.exit",
    sessionTime: "cmi.session_time",
    learnerName: "cmi.learner_name",
    learnerId: "cmi.learner_id",
    learnerLanguage: "cmi.learner_preference.language",
    scoreRaw: "cmi.score.raw",
    interactionCount: "cmi.interactions._count",
  },
  readStatus: (get) => ({
    completion: readCompletion(get("cmi.completion_status")),
    success: readSuccess(get("cmi.success_status")),
  }),
  // success_status is always set by the SCO: Moodle never derives it (§2.5, §6.5).
  statusWrites: (completion, success) => [
    ["cmi.completion_status", completion === "completed" ? "completed" : "incomplete"],
    ["cmi.success_status", success],
  ],
  // completion_status and success_status are apart: a verdict may come before completion.
  scoreIsFinal: (completion, success) => completion === "completed" || success !== "unknown",
  scoreWrites: (score) => [
    ["cmi.score.scaled", formatScaled(score.scaled)],
    ["cmi.score.raw", formatPercent(score.raw)],
    ["cmi.score.min", formatPercent(score.min)],
    ["cmi.score.max", formatPercent(score.max)],
  ],
  progressWrites: (measure) => [
    ["cmi.progress_measure", formatDecimal(Math.min(1, Math.max(0, measure)), 4)],
  ],
  interactionElements: { time: "timestamp", learnerResponse: "learner_response", description: "description" },
  formatInteractionTime: formatTimestamp2004,
  formatSessionTime: formatDuration2004,
};

export function createScorm2004Tracker(options: ScormTrackerOptions): Tracker {
  return createScormTracker(scorm2004Dialect, options);
}
