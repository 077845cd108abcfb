/**
 * The TinCan launch (mod_tincanlaunch, STANDARDS.md §3.1): everything is in the launch URL, the
 * `auth` value is the Authorization header as given, and unknown parameters are echoed to the LRS.
 * The package's activity is tincan.xml's, which mod_tincanlaunch reads completion and grades by.
 */

import { readTincanLaunch } from "./launch-params.ts";
import { createLrsClient } from "./lrs-client.ts";
import type { XapiSession } from "./session.ts";

export interface TincanSessionOptions {
  search: string;
  /** The activity of tincan.xml (from the course's IRI base and the package's scope). */
  activityId: string;
  courseActivityId: string;
  fetch?: typeof fetch;
}

export function connectTincan(options: TincanSessionOptions): XapiSession | undefined {
  const launch = readTincanLaunch(options.search);
  if (!launch) return undefined;
  const { registration, actor } = launch;
  const client = createLrsClient({
    endpoint: launch.endpoint,
    authorization: () => launch.auth,
    extra: launch.extra,
    fetch: options.fetch,
  });
  const learner = registration ?? JSON.stringify(actor);
  return {
    client,
    actor,
    registration,
    activityId: options.activityId,
    storageKey: `coursemark:xapi:${options.activityId}:${learner}`,
    facts: Promise.resolve({
      mode: "normal",
      masteryScore: undefined,
      returnUrl: undefined,
      languages: launch.languages,
    }),
    context: (kind) => ({
      ...(registration ? { registration } : {}),
      contextActivities: {
        // An answer belongs to the package's activity; a module's or the assessment's to the course.
        ...(kind === "other" ? { parent: [{ id: options.activityId, objectType: "Activity" }] } : {}),
        ...(options.courseActivityId === options.activityId
          ? {}
          : { grouping: [{ id: options.courseActivityId, objectType: "Activity" }] }),
      },
    }),
    complete: (statement) => statement,
    revise: (statement) => statement,
    isReady: () => true,
    isPastDraft: () => false,
    adopt: (statement) => statement,
    ended: false,
    end() {},
  };
}
