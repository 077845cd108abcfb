/**
 * At launch, progress this device kept (device-backup.ts) meets what the LMS stored. The answers
 * are always journaled (they were given); statuses only ever go up; the record, bookmark and score
 * come from the device only when its copy is newer: built on the record the LMS still holds.
 */
import type { DeviceBackup, DeviceCopy } from "./device-backup.ts";
import { placeInteractions } from "./pending-writes.ts";
import { type CmiWrite, type GetValue, readDecimal, type ScormDialect } from "./scorm-dialect.ts";
import { mergeCompletion, mergeSuccess } from "./status.ts";
import type { CompletionStatus, ProgressSnapshot, Score, SuccessStatus } from "./tracker.ts";

/** What the LMS holds at launch, as the tracker reads it. */
export interface StoredState {
  record: string | undefined;
  location: string | undefined;
  completion: CompletionStatus;
  success: SuccessStatus;
  score: Score | undefined;
  interactionCount: number;
}

/** What the LMS holds at launch (GetValue after Initialize). */
export function readStoredState(dialect: ScormDialect, get: GetValue): StoredState {
  const { elements } = dialect;
  const raw = readDecimal(get(elements.scoreRaw));
  return {
    ...dialect.readStatus(get),
    record: get(elements.suspendData) || undefined,
    location: get(elements.location) || undefined,
    score: raw === undefined ? undefined : { raw, min: 0, max: 100, scaled: raw / 100 },
    interactionCount: Number.parseInt(get(elements.interactionCount), 10) || 0,
  };
}

export interface Reconciled extends StoredState {
  /** The device's progress, to send again (undefined when the LMS's record stays). */
  progress: ProgressSnapshot | undefined;
  /** The kept answers as writes at their place in the LMS's journal. */
  interactionWrites: CmiWrite[];
}

/** Whether a device copy may be reconciled with this LMS launch: same package version and learner. */
export function belongsTo(copy: DeviceCopy, packageVersion: string | undefined, learner: string): boolean {
  return copy.packageVersion === packageVersion && (copy.learner === undefined || copy.learner === learner);
}

/** After a pass, a weaker score never replaces the grade Moodle takes from score.raw (§6.4). */
function keptScore(stored: StoredState, device: Score | undefined): Score | undefined {
  if (!device) return stored.score;
  const weaker = stored.score !== undefined && device.raw < stored.score.raw;
  return stored.success === "passed" && weaker ? stored.score : device;
}

/**
 * The device's copies (the learner's own, then those other tabs forwarded) in turn over what the
 * LMS holds; undefined when there are none.
 */
export function reconcile(stored: StoredState, copies: readonly DeviceCopy[]): Reconciled | undefined {
  if (copies.length === 0) return undefined;
  const result: Reconciled = { ...stored, progress: undefined, interactionWrites: [] };
  for (const copy of copies) {
    const newer = (result.record ?? "") === "" || result.record === copy.baseline;
    const placed = placeInteractions(copy.interactions, result.interactionCount);
    result.interactionWrites.push(...placed.writes);
    result.interactionCount = placed.count;
    if (newer) {
      result.score = keptScore(result, copy.score);
      result.progress = copy.progress ?? result.progress;
      result.record = result.progress?.record ?? result.record;
      result.location = result.progress?.location ?? result.location;
    }
    result.completion = mergeCompletion(result.completion, copy.completion);
    result.success = mergeSuccess(result.success, copy.success);
  }
  return result;
}

/**
 * The device copies a launch of `learner` reconciles, taken off the device: the learner's own (or
 * one nobody owns yet, which the learner adopts), then those other tabs forwarded. A copy of another
 * package version is dropped; another learner's stays.
 */
export function takeDeviceCopies(
  backup: DeviceBackup,
  learner: string,
  packageVersion: string | undefined,
): DeviceCopy[] {
  const own = backup.load(learner) ?? backup.load(undefined);
  if (own && own.packageVersion !== packageVersion) backup.clear(own.learner);
  const mine = own && belongsTo(own, packageVersion, learner) ? [own] : [];
  if (own?.learner === undefined && mine.length > 0) backup.clear(undefined);
  const forwarded = backup.takeForwarded(learner).filter((copy) => belongsTo(copy, packageVersion, learner));
  return [...mine, ...forwarded];
}
