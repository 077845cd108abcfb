import { textDirection } from "../../i18n/direction.ts";
import type { PrivateNotes } from "../../machines/tracking-bridge.ts";
import { createLocalTracker, createReflectionNotes, namespaceOf } from "../../tracking/local.ts";
import type { ScormTrackerOptions } from "../../tracking/scorm-tracker.ts";
import type { Tracker } from "../../tracking/tracker.ts";
import { type Edition, loadEdition, preferredEdition } from "../editions.ts";
import { catalogueFor } from "../messages/catalogues.ts";
import { mountPlayer } from "../mount.tsx";
import { type PageData, readPage } from "../page-contract.ts";
import { formatScope } from "../scope.ts";

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

/**
 * The edition the learner's platform prefers, when the package carries it: loaded, and the page's
 * language and direction set to it. Undefined (the page's own edition) when it cannot be loaded.
 */
async function switchEdition(page: PageData, preferred: readonly string[]): Promise<Edition | undefined> {
  const lang = preferredEdition(
    preferred,
    page.course.lang,
    page.editions.map((edition) => edition.lang),
  );
  const src = page.editions.find((edition) => edition.lang === lang)?.src;
  const edition = lang && src ? await loadEdition(src, lang) : undefined;
  if (edition) {
    document.documentElement.lang = edition.course.lang;
    document.documentElement.dir = textDirection(edition.course.lang);
  }
  return edition;
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
      messages: catalogueFor(page.course.lang),
      chooseEdition: (launch) => switchEdition(page, launch.languages ?? []),
    });
  };
  // player.js is deferred, so the page is parsed; the check keeps it working if loaded otherwise.
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", run, { once: true });
  else run();
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
