/**
 * A minimal SCO that drives the SCORM trackers directly (no player UI), so the tracker and the LMS
 * harness are tested on their own; the player journeys test the real runtime bundle.
 * Exposes `window.sco` for the test to call the Tracker API.
 */
import { bindPageLifecycle } from "../../../../engine/tracking/page-lifecycle.ts";
import { createScorm12Tracker } from "../../../../engine/tracking/scorm12.ts";
import { createScorm2004Tracker } from "../../../../engine/tracking/scorm2004.ts";
import {
  FIRST_LAUNCH,
  type LaunchContext,
  type Tracker,
  type TrackerNotice,
} from "../../../../engine/tracking/tracker.ts";

interface TestSco {
  tracker: Tracker;
  notices: TrackerNotice[];
  /** Calls that reached the device-only fallback tracker. */
  deviceCalls: string[];
  ready: Promise<LaunchContext>;
}

declare global {
  interface Window {
    sco: TestSco;
  }
}

const deviceCalls: string[] = [];
const deviceOnly: Tracker = {
  kind: "device",
  initialize: async () => FIRST_LAUNCH,
  saveProgress: () => void deviceCalls.push("saveProgress"),
  recordInteraction: () => void deviceCalls.push("recordInteraction"),
  setScore: () => void deviceCalls.push("setScore"),
  setStatus: () => void deviceCalls.push("setStatus"),
  commit: async () => true,
  terminate: async () => undefined,
  subscribe: () => () => undefined,
};

const create =
  document.documentElement.dataset.tracker === "scorm2004" ? createScorm2004Tracker : createScorm12Tracker;
const tracker = create({
  window,
  fallback: () => deviceOnly,
  packageKey: document.title,
  storage: window.localStorage,
  retryDelays: [50, 100, 200],
});
const notices: TrackerNotice[] = [];
tracker.subscribe((notice) => notices.push(notice));
bindPageLifecycle(tracker, window, document);
window.sco = { tracker, notices, deviceCalls, ready: tracker.initialize() };
