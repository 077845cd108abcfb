/**
 * When the page goes away, the LMS must already have everything (STANDARDS.md §6.8: many learners
 * just close the tab). Commit when the page is hidden; finish the session on pagehide (exit
 * `suspend` while incomplete, normal once complete — the tracker decides).
 */
import type { Tracker } from "./tracker.ts";

interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export function bindPageLifecycle(
  tracker: Tracker,
  window: PageEvents,
  document: PageEvents & { visibilityState: string },
): () => void {
  const onVisibilityChange = () => {
    if (document.visibilityState === "hidden") void tracker.commit();
  };
  const onPageHide = () => void tracker.terminate();
  document.addEventListener("visibilitychange", onVisibilityChange);
  window.addEventListener("pagehide", onPageHide);
  return () => {
    document.removeEventListener("visibilitychange", onVisibilityChange);
    window.removeEventListener("pagehide", onPageHide);
  };
}
