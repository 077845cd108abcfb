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
  /** Takes the copies forwarded by tabs another tab took over from (two tabs of one package). */
  takeForwarded(learner: string): DeviceCopy[];
  synced(): SyncedMark | undefined;
  markSynced(mark: SyncedMark): void;
  /** The tab that last started an LMS session of this package: the only one that writes to the LMS. */
  claim(tab: string): void;
  claimant(): string | undefined;
}

const TAB = ":from-tab:";

/** Device storage may be missing or refuse writes (private mode, quota): then the backup does nothing. */
export function storageBackup(storage: Storage | undefined, packageKey: string): DeviceBackup {
  const copyKey = (learner: string | undefined, tab?: string) =>
    `${packageKey}:unsaved:${learner ?? ""}${tab === undefined ? "" : TAB + tab}`;
  const syncedKey = `${packageKey}:synced`;
  const claimKey = `${packageKey}:tab`;
  const read = (key: string): string | undefined => {
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  /** Writes, or removes without a value; nothing more this device can do when it refuses. */
  const write = (key: string, value?: string) => {
    try {
      if (value === undefined) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {}
  };
  const readCopy = (key: string): DeviceCopy | undefined => {
    try {
      const copy = JSON.parse(read(key) ?? "null") as DeviceCopy | null;
      return Array.isArray(copy?.interactions) ? (copy ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  };
  const forwardedKeys = (learner: string): string[] => {
    const prefix = copyKey(learner) + TAB;
    const keys = Array.from({ length: storage?.length ?? 0 }, (_, n) => storage?.key(n) ?? "");
    return keys.filter((key) => key.startsWith(prefix));
  };
  return {
    load: (learner, tab) => readCopy(copyKey(learner, tab)),
    save: (copy, tab) => write(copyKey(copy.learner, tab), JSON.stringify(copy)),
    clear: (learner, tab) => write(copyKey(learner, tab)),
    takeForwarded: (learner) =>
      forwardedKeys(learner).flatMap((key) => {
        const copy = readCopy(key);
        write(key);
        return copy ?? [];
      }),
    claim: (tab) => write(claimKey, tab),
    claimant: () => read(claimKey),
    synced() {
      try {
        const mark = JSON.parse(read(syncedKey) ?? "null") as SyncedMark | null;
        return typeof mark?.learner === "string" ? mark : undefined;
      } catch {
        return undefined;
      }
    },
    markSynced: (mark) => write(syncedKey, JSON.stringify(mark)),
  };
}
