import type { NoticeListener, Tracker, TrackerNotice } from "../../tracking/tracker.ts";

export interface NoticeFeed {
  /** Replays the notices so far, then forwards new ones. */
  subscribe(listener: NoticeListener): () => void;
  /** The notices so far, in order (what a view shows on its first render, before it subscribes). */
  history(): readonly TrackerNotice[];
  /** A notice from the player itself (a damaged record was repaired). */
  add(notice: TrackerNotice): void;
  stop(): void;
}

/**
 * Listens to a tracker from before `initialize()` (which may already report "standalone") and
 * keeps its notices until the view subscribes.
 */
export function createNoticeFeed(tracker: Tracker): NoticeFeed {
  const history: TrackerNotice[] = [];
  const listeners = new Set<NoticeListener>();
  const add = (notice: TrackerNotice) => {
    history.push(notice);
    for (const listener of listeners) listener(notice);
  };
  const stop = tracker.subscribe(add);
  return {
    subscribe(listener) {
      for (const notice of history) listener(notice);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    history: () => history,
    add,
    stop,
  };
}
