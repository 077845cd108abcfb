/** Launch URLs and LMS data for the xAPI tracker's unit tests. */
import type { InteractionRecord } from "../../tracker.ts";
import type { FakeLrs } from "./fake-lrs.ts";

export const ENDPOINT = "https://lrs.example/xapi/";
export const REGISTRATION = "6f1c2a0e-3b7d-4c9a-9e1f-2d3c4b5a6978";
export const AU = "https://learn.example.org/courses/demo/assessment";
export const ACTOR = {
  objectType: "Agent",
  name: "Ama",
  account: { homePage: "https://lms.example", name: "ama" },
};
export const SESSION_ID = "c5a1d3e0-6a8f-4e0b-9d2c-7b1e0f3a4c5d";

export function cmi5Search(launch: number): string {
  return `?${new URLSearchParams({
    endpoint: ENDPOINT,
    fetch: `https://lms.example/fetch?launch=${launch}`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId: AU,
  })}`;
}

export function putLaunchData(
  lrs: FakeLrs,
  launchMode = "Normal",
  masteryScore: number | undefined = 0.7,
): void {
  lrs.documents.set(`/xapi/activities/state|LMS.LaunchData|${REGISTRATION}`, {
    contextTemplate: {
      contextActivities: { grouping: [{ id: AU }] },
      extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": SESSION_ID },
    },
    launchMode,
    moveOn: "Passed",
    ...(masteryScore === undefined ? {} : { masteryScore }),
    returnURL: "https://lms.example/course",
  });
}

export const ANSWER: InteractionRecord = {
  id: "shop.intro.q1",
  type: "choice",
  description: "Which costs go into the price of a jar?",
  learnerResponse: { kind: "choice", ids: ["oil"] },
  correctResponses: [{ kind: "choice", ids: ["oil", "jar"] }],
  result: "incorrect",
  weighting: 1,
  latencyMs: 4200,
  answeredAt: new Date("2026-12-01T10:00:00Z"),
  objectiveIds: ["shop.intro"],
};

/** Every option ANSWER's question offers (its definition lists them all). */
export const ANSWER_COMPONENTS = {
  choices: [
    { id: "oil", text: "Palm oil" },
    { id: "jar", text: "The jar" },
    { id: "rent", text: "Your rent at home" },
  ],
};

export const score = (scaled: number) => ({ raw: scaled * 100, min: 0, max: 100, scaled });
