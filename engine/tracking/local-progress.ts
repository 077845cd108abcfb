import { browserStore, type KeyValueStore, resilientStore } from "./device-storage.ts";
import { namespaceOf, parseSavedState } from "./local.ts";
import type { CompletionStatus } from "./tracker.ts";

/**
 * What the web edition's course page shows from this device: each lesson's completion (as the
 * local tracker saved it for the lesson scope), the last lesson opened, and a reset.
 */
export interface LocalCourseProgress {
  completionOf(lessonId: string): CompletionStatus;
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
  return {
    completionOf: (lessonId) =>
      parseSavedState(device.getItem(`${namespaceOf(courseId, `lesson:${lessonId}`)}:progress`)).completion,
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
