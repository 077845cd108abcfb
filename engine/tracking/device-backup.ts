import type { CompletionStatus, ProgressSnapshot, Score, SuccessStatus } from "./tracker.ts";

/** What the LMS has not confirmed yet, kept on the device so a refused save never loses an answer. */
export interface UnsentState {
  progress: ProgressSnapshot | undefined;
  completion: CompletionStatus;
  success: SuccessStatus;
  score: Score | undefined;
}

export interface DeviceBackup {
  load(): UnsentState | undefined;
  save(state: UnsentState): void;
  clear(): void;
}

/** Device storage may be missing or refuse writes (private mode, quota): then the backup is a no-op. */
export function storageBackup(storage: Storage | undefined, key: string): DeviceBackup {
  return {
    load() {
      try {
        const text = storage?.getItem(key);
        if (!text) return undefined;
        const state = JSON.parse(text) as Partial<UnsentState>;
        return typeof state === "object" && state !== null && typeof state.completion === "string"
          ? (state as UnsentState)
          : undefined;
      } catch {
        return undefined;
      }
    },
    save(state) {
      try {
        storage?.setItem(key, JSON.stringify(state));
      } catch {
        // Nothing more this device can do; the state is still in memory and retried.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // See save().
      }
    },
  };
}
