import { describe, expect, it } from "vitest";
import type { NoticeListener, Tracker, TrackerNotice } from "../../tracking/tracker.ts";
import { createNoticeFeed } from "./notice-feed.ts";

function noticeSource(): { tracker: Tracker; emit(notice: TrackerNotice): void } {
  const listeners = new Set<NoticeListener>();
  const tracker = {
    subscribe(listener: NoticeListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as Tracker;
  return {
    tracker,
    emit(notice) {
      for (const listener of listeners) listener(notice);
    },
  };
}

describe("createNoticeFeed", () => {
  it("replays notices sent before the view subscribed (initialize may report standalone at once)", () => {
    const { tracker, emit } = noticeSource();
    const feed = createNoticeFeed(tracker);
    emit({ kind: "standalone" });
    feed.add({ kind: "record-recovered", detail: "partial" });
    const seen: TrackerNotice[] = [];
    feed.subscribe((notice) => seen.push(notice));
    emit({ kind: "saving-failed", attempt: 1 });
    expect(seen.map((notice) => notice.kind)).toEqual(["standalone", "record-recovered", "saving-failed"]);
  });

  it("lists the notices so far without subscribing (what the view's first render shows)", () => {
    const { tracker, emit } = noticeSource();
    const feed = createNoticeFeed(tracker);
    expect(feed.history()).toEqual([]);
    emit({ kind: "standalone" });
    feed.add({ kind: "open-elsewhere" });
    expect(feed.history().map((notice) => notice.kind)).toEqual(["standalone", "open-elsewhere"]);
  });

  it("stops listening to the tracker when stopped", () => {
    const { tracker, emit } = noticeSource();
    const feed = createNoticeFeed(tracker);
    const seen: TrackerNotice[] = [];
    const unsubscribe = feed.subscribe((notice) => seen.push(notice));
    feed.stop();
    unsubscribe();
    emit({ kind: "standalone" });
    expect(seen).toEqual([]);
  });
});
