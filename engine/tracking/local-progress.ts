import { browserStore, type KeyValueStore, resilientStore } from "./device-storage.ts";
import { namespaceOf, parseSavedState } from "./local.ts";
import type { CompletionStatus } from "./tracker.ts";

/**
 * What the web edition's pages show from this device: each lesson's completion (as the local
 * tracker saved it for the lesson scope), the final assessment's result, the last lesson opened,
 * and a reset.
 */
export interface LocalCourseProgress {
  completionOf(lessonId: string): CompletionStatus;
  /** Whether the learner passed the final assessment here, and the score (0–100) saved with it. */
  assessmentResult(): { passed: boolean; score: number | undefined };
  lastLesson(): string | undefined;
  rememberLesson(lessonId: string): void;
  /** Forgets every saved state of the course on this device (progress, notes, last lesson). */
  reset(): void;
}

export function localCourseProgress(
  courseId: string,
  store?: KeyValueStore & { keys?: () => string[] },
): LocalCourseProgress {
  const device = resilientStore(store ?? browserStore());
  const lastKey = `${namespaceOf(courseId, "site")}:last-lesson`;
  // What the local tracker saved for a player scope (engine/runtime/scope.ts formatScope).
  const saved = (scope: string) =>
    parseSavedState(device.getItem(`${namespaceOf(courseId, scope)}:progress`));
  return {
    completionOf: (lessonId) => saved(`lesson:${lessonId}`).completion,
    assessmentResult() {
      const { success, scoreRaw } = saved("assessment");
      return { passed: success === "passed", score: scoreRaw };
    },
    lastLesson: () => device.getItem(lastKey) ?? undefined,
    rememberLesson: (lessonId) => device.setItem(lastKey, lessonId),
    reset() {
      const prefix = `${namespaceOf(courseId, "")}`;
      const keys = store?.keys?.() ?? allLocalStorageKeys();
      for (const key of keys) if (key.startsWith(prefix)) device.removeItem(key);
    },
  };
}

function allLocalStorageKeys(): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? "");
  } catch {
    return [];
  }
}
