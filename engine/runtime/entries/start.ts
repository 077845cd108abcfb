import type { PrivateNotes } from "../../machines/tracking-bridge.ts";
import type { Tracker } from "../../tracking/tracker.ts";
import { mountPlayer } from "../mount.tsx";
import { type PageData, readPage } from "../page-contract.ts";

export interface EntryParts {
  tracker: Tracker;
  notes?: PrivateNotes;
}

/** localStorage, or undefined where reading it throws (storage blocked in a sandboxed frame). */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** What every bundle entry does: read the page renderPlayerPage wrote, make its tracker, mount. */
export function start(create: (page: PageData) => EntryParts): void {
  const run = () => {
    const page = readPage(document);
    if (!page) return;
    const { tracker, notes } = create(page);
    mountPlayer(page.root, {
      course: page.course,
      scope: page.scope,
      mediaBase: page.mediaBase,
      tracker,
      notes,
    });
  };
  // player.js is deferred, so the page is parsed; the check keeps it working if loaded otherwise.
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", run, { once: true });
  else run();
}
