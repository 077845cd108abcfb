import type { PrivateNotes } from "../../machines/tracking-bridge.ts";
import { createLocalTracker, createReflectionNotes, namespaceOf } from "../../tracking/local.ts";
import type { ScormTrackerOptions } from "../../tracking/scorm-tracker.ts";
import type { Tracker } from "../../tracking/tracker.ts";
import { catalogueFor } from "../messages/catalogues.ts";
import { mountPlayer } from "../mount.tsx";
import { type PageData, readPage } from "../page-contract.ts";
import { formatScope } from "../scope.ts";
import { switchEdition } from "./switch-edition.ts";

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
    const edition = switchEdition; // undefined where the package carries no other edition
    mountPlayer(page.root, {
      course: page.course,
      scope: page.scope,
      mediaBase: page.mediaBase,
      tracker,
      notes,
      messages: catalogueFor(page.course.lang),
      chooseEdition: edition && ((launch) => edition(page, launch.languages ?? [])),
    });
  };
  // Mounting runs in a task of its own, after the script's evaluation: the first screen is already
  // on the page, and two shorter tasks leave a slow phone free to respond to the learner between them.
  const runNext = () => void setTimeout(run, 0);
  // player.js is deferred, so the page is parsed; the check keeps it working if loaded otherwise.
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", runNext, { once: true });
  else runNext();
}

/** A SCORM package's entry: the LMS records progress; with no LMS found, this device does. */
export function startScorm(createTracker: (options: ScormTrackerOptions) => Tracker): void {
  start(({ course, scope }) => ({
    tracker: createTracker({
      window,
      packageKey: namespaceOf(course.id, formatScope(scope)),
      packageVersion: course.version,
      storage: deviceStorage(),
      fallback: () => createLocalTracker({ courseId: course.id, scope: formatScope(scope) }),
    }),
    notes: createReflectionNotes({ courseId: course.id }),
  }));
}
