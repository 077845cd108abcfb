/**
 * What an LMS has not stored yet, kept on this device so it reaches the LMS at a later launch:
 * the unsent writes of a session whose LMS refused them (or whose window closed first), and the
 * progress of sessions that found no LMS at all. One copy per learner of a package; a copy made
 * while no LMS said who the learner is belongs to the last learner this device saw, or to nobody
 * yet (the next learner to launch with a working LMS adopts it).
 */
import type { PendingInteraction } from "./pending-writes.ts";
import type { CompletionStatus, ProgressSnapshot, Score, SuccessStatus } from "./tracker.ts";

export interface DeviceCopy {
  /** The course version (course.md `version`) the progress belongs to. */
  packageVersion: string | undefined;
  /** cmi.core.student_id / cmi.learner_id; undefined when no LMS said. */
  learner: string | undefined;
  /** The LMS's suspend_data this progress was built on: the copy is newer while the LMS still holds it. */
  baseline: string | undefined;
  progress: ProgressSnapshot | undefined;
  completion: CompletionStatus;
  success: SuccessStatus;
  score: Score | undefined;
  /** Answers not yet stored, in order. */
  interactions: PendingInteraction[];
}

/** The last learner this device saw stored in the LMS, and the record the LMS then held. */
export interface SyncedMark {
  learner: string;
  record: string | undefined;
}

export interface DeviceBackup {
  /** The copy of a learner's (or nobody's) progress; with `tab`, the one that tab forwarded. */
  load(learner: string | undefined, tab?: string): DeviceCopy | undefined;
  save(copy: DeviceCopy, tab?: string): void;
  clear(learner: string | undefined, tab?: string): void;
  /** Copies forwarded by tabs another tab took over from (two tabs of one package). */
  forwarded(learner: string): DeviceCopy[];
  clearForwarded(learner: string): void;
  synced(): SyncedMark | undefined;
  markSynced(mark: SyncedMark): void;
  /** The tab that last started an LMS session for this learner: the only one that writes to the LMS. */
  claim(learner: string, tab: string): void;
  claimant(learner: string): string | undefined;
}

function readJson<T>(storage: Storage | undefined, key: string, valid: (value: T) => boolean): T | undefined {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const value = JSON.parse(text) as T;
    return typeof value === "object" && value !== null && valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const TAB = ":from-tab:";

/** Device storage may be missing or refuse writes (private mode, quota): then the backup does nothing. */
export function storageBackup(storage: Storage | undefined, packageKey: string): DeviceBackup {
  const copyKey = (learner: string | undefined, tab?: string) =>
    `${packageKey}:unsaved:${learner ?? ""}${tab === undefined ? "" : `${TAB}${tab}`}`;
  const syncedKey = `${packageKey}:synced`;
  const claimKey = (learner: string) => `${packageKey}:tab:${learner}`;
  const forwardedKeys = (learner: string): string[] => {
    try {
      const prefix = `${copyKey(learner)}${TAB}`;
      const keys = Array.from({ length: storage?.length ?? 0 }, (_, n) => storage?.key(n) ?? "");
      return keys.filter((key) => key.startsWith(prefix));
    } catch {
      return [];
    }
  };
  const validCopy = (copy: DeviceCopy) =>
    typeof copy.completion === "string" && Array.isArray(copy.interactions);
  const attempt = (write: () => void) => {
    try {
      write();
    } catch {
      // Nothing more this device can do; the writes stay in memory and are retried.
    }
  };
  return {
    load: (learner, tab) => readJson<DeviceCopy>(storage, copyKey(learner, tab), validCopy),
    save: (copy, tab) => attempt(() => storage?.setItem(copyKey(copy.learner, tab), JSON.stringify(copy))),
    clear: (learner, tab) => attempt(() => storage?.removeItem(copyKey(learner, tab))),
    forwarded: (learner) =>
      forwardedKeys(learner).flatMap((key) => readJson<DeviceCopy>(storage, key, validCopy) ?? []),
    clearForwarded: (learner) => {
      for (const key of forwardedKeys(learner)) attempt(() => storage?.removeItem(key));
    },
    claim: (learner, tab) => attempt(() => storage?.setItem(claimKey(learner), tab)),
    claimant(learner) {
      try {
        return storage?.getItem(claimKey(learner)) ?? undefined;
      } catch {
        return undefined;
      }
    },
    synced: () => readJson<SyncedMark>(storage, syncedKey, (mark) => typeof mark.learner === "string"),
    markSynced: (mark) => attempt(() => storage?.setItem(syncedKey, JSON.stringify(mark))),
  };
}
