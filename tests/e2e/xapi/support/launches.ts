/**
 * Launches as the LMSs make them: a TinCan launch URL (mod_tincanlaunch: endpoint, auth, actor,
 * registration, activity_id) and a cmi5 launch (CATAPULT: LaunchData written first, a one-time fetch
 * URL, an LMS activity id for the AU, the publisher's AU id in the context template's grouping).
 */
import { randomUUID } from "node:crypto";
import type { TestLms } from "./test-lms.ts";

export interface Learner {
  objectType: "Agent";
  name: string;
  account: { homePage: string; name: string };
}

export function newLearner(name = "Ama Mensah"): Learner {
  return {
    objectType: "Agent",
    name,
    account: { homePage: "https://lms.example", name: `learner-${randomUUID()}` },
  };
}

/** What the package's structure file says about its one AU / activity. */
export interface PackageActivity {
  name: string;
  id: string;
  url: string;
  moveOn?: string;
  masteryScore?: number;
}

export function activitiesOf(name: string, structure: string): PackageActivity[] {
  const attribute = (tag: string, key: string) => new RegExp(`${key}="([^"]*)"`).exec(tag)?.[1];
  return [...structure.matchAll(/<(au|activity) [^>]*>[\s\S]*?<\/\1>/g)].map(([element]) => {
    const [open = ""] = element.split(">");
    const mastery = attribute(open, "masteryScore");
    return {
      name,
      id: attribute(open, "id") ?? "",
      url: /<(?:url|launch)[^>]*>([^<]+)</.exec(element)?.[1] ?? "index.html",
      moveOn: attribute(open, "moveOn"),
      masteryScore: mastery === undefined ? undefined : Number(mastery),
    };
  });
}

export interface Cmi5Launch {
  url: string;
  registration: string;
  activityId: string;
  sessionId: string;
  mode: "Normal" | "Browse" | "Review";
  masteryScore: number | undefined;
  publisherId: string;
}

export function launchCmi5(
  lms: TestLms,
  au: PackageActivity,
  learner: Learner,
  options: { registration?: string; mode?: Cmi5Launch["mode"] } = {},
): Cmi5Launch {
  const registration = options.registration ?? randomUUID();
  const sessionId = randomUUID();
  const activityId = `${lms.url}/activities/${au.name}`;
  const mode = options.mode ?? "Normal";
  const token = Buffer.from(`${sessionId}:${randomUUID()}`).toString("base64");
  const fetchUrl = `${lms.url}/fetch?launch=${sessionId}`;
  lms.fetchTokens.set(fetchUrl, token);
  lms.credentials.tokens.set(sessionId, token);
  const params = new URLSearchParams({
    activityId,
    agent: JSON.stringify(learner),
    registration,
    stateId: "LMS.LaunchData",
  });
  lms.documents.put("activities/state", params, {
    contextTemplate: {
      contextActivities: { grouping: [{ id: au.id }] },
      extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": sessionId },
    },
    launchMode: mode,
    moveOn: au.moveOn ?? "NotApplicable",
    ...(au.masteryScore === undefined ? {} : { masteryScore: au.masteryScore }),
    returnURL: `${lms.url}/return`,
  });
  const query = new URLSearchParams({
    endpoint: lms.endpoint,
    fetch: fetchUrl,
    actor: JSON.stringify(learner),
    registration,
    activityId,
  });
  const url = `${lms.url}/packages/${au.name}/${au.url}?${query}`;
  return {
    url,
    registration,
    activityId,
    sessionId,
    mode,
    masteryScore: au.masteryScore,
    publisherId: au.id,
  };
}

export interface TincanLaunch {
  url: string;
  registration: string;
  activityId: string;
}

export function launchTincan(
  lms: TestLms,
  activity: PackageActivity,
  learner: Learner,
  registration: string = randomUUID(),
): TincanLaunch {
  const auth = `Basic ${Buffer.from(`${learner.account.name}:${randomUUID()}`).toString("base64")}`;
  lms.credentials.tincan.add(auth);
  const query = new URLSearchParams({
    endpoint: lms.endpoint,
    auth,
    actor: JSON.stringify(learner),
    registration,
    activity_id: activity.id,
  });
  return {
    url: `${lms.url}/packages/${activity.name}/${activity.url}?${query}`,
    registration,
    activityId: activity.id,
  };
}
