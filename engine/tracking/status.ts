import type { CompletionStatus, SuccessStatus } from "./tracker.ts";

const COMPLETION_RANK: Record<CompletionStatus, number> = { "not-attempted": 0, incomplete: 1, completed: 2 };

/** Never downgrade: a completed learner who comes back stays completed. */
export function mergeCompletion(stored: CompletionStatus, next: CompletionStatus): CompletionStatus {
  return COMPLETION_RANK[next] >= COMPLETION_RANK[stored] ? next : stored;
}

/** Passed is final; failed may become passed; unknown never overwrites a verdict. */
export function mergeSuccess(stored: SuccessStatus, next: SuccessStatus): SuccessStatus {
  if (stored === "passed") return "passed";
  return next === "unknown" ? stored : next;
}
