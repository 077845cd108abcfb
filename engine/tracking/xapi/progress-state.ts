/**
 * The learner's progress in an xAPI/cmi5 package: the same progress record and bookmark as SCORM,
 * the statuses and score, and which verdict statements this registration has made. Kept in the
 * LRS's State API (so resume works on any device) and on this device (so it survives a dead LRS);
 * a device copy not yet stored in the LRS is newer and wins at the next launch.
 */
import { parseSavedState, type SavedState } from "../local.ts";
import { mergeCompletion, mergeSuccess } from "../status.ts";
import type { VerdictVerb } from "./statements.ts";

export const PROGRESS_STATE_ID = "coursemark.progress";

export interface ProgressState extends SavedState {
  /** Verdict statements already made for this registration (never made twice). */
  sent: VerdictVerb[];
}

export interface DeviceProgress {
  state: ProgressState;
  /** Not yet stored in the LRS. */
  unsent: boolean;
}

const VERDICTS: readonly VerdictVerb[] = ["completed", "passed", "failed"];

/** Reads a state document or device copy (parsed JSON); unknown values fall back to a first launch. */
export function readProgressState(value: unknown): ProgressState {
  const saved = parseSavedState(JSON.stringify(value ?? null));
  const sent = (value as { sent?: unknown } | null)?.sent;
  return { ...saved, sent: Array.isArray(sent) ? VERDICTS.filter((verdict) => sent.includes(verdict)) : [] };
}

/** The LRS copy and the device copy as one: the unsent device copy is newer; verdicts add up. */
export function mergeProgress(
  remote: ProgressState | undefined,
  device: DeviceProgress | undefined,
): ProgressState {
  const base = device?.unsent || !remote ? (device?.state ?? remote) : remote;
  const other = base === remote ? device?.state : remote;
  const empty: ProgressState = { completion: "not-attempted", success: "unknown", sent: [] };
  const chosen = base ?? empty;
  if (!other) return chosen;
  return {
    ...chosen,
    completion: mergeCompletion(chosen.completion, other.completion),
    success: mergeSuccess(chosen.success, other.success),
    sent: VERDICTS.filter((verdict) => chosen.sent.includes(verdict) || other.sent.includes(verdict)),
  };
}
