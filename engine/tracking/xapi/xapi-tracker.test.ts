import { describe, expect, it } from "vitest";
import { type KeyValueStore, memoryStore } from "../device-storage.ts";
import { createLocalTracker } from "../local.ts";
import { activityIris } from "./activity-iris.ts";
import { connectCmi5 } from "./cmi5-session.ts";
import type { Statement } from "./lrs-client.ts";
import { CMI5, VERBS } from "./statements.ts";
import { createFakeLrs, type FakeLrs } from "./testing/fake-lrs.ts";
import {
  ANSWER,
  ANSWER_COMPONENTS,
  AU,
  cmi5Search,
  putLaunchData,
  REGISTRATION,
  SESSION_ID,
  score,
} from "./testing/launch.ts";
import { connectTincan } from "./tincan-session.ts";
import { createXapiTracker } from "./xapi-tracker.ts";

const iris = activityIris("https://learn.example.org/courses", "demo");
const tick = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(ms, 2)));

interface Device {
  store: KeyValueStore;
  session: KeyValueStore;
}
const newDevice = (): Device => ({ store: memoryStore(), session: memoryStore() });

function cmi5Tracker(lrs: FakeLrs, device: Device, launch = 1, fetch = lrs.fetch) {
  return createXapiTracker({
    kind: "cmi5",
    connect: () =>
      connectCmi5({
        search: cmi5Search(launch),
        sessionStore: device.session,
        fetch,
        sleep: tick,
      }),
    iris,
    lang: "en",
    fallback: () => createLocalTracker({ courseId: "demo", scope: "assessment", store: memoryStore() }),
    store: device.store,
    sleep: tick,
    launchWaitMs: 100,
  });
}

const verbsOf = (statements: readonly Statement[]) =>
  statements.map((statement) =>
    String((statement.verb as { id: string }).id)
      .split("/")
      .pop(),
  );
const categoriesOf = (statement: Statement | undefined) =>
  (
    (statement?.context as { contextActivities?: { category?: Array<{ id: string }> } })?.contextActivities
      ?.category ?? []
  ).map((category) => category.id);

async function session(
  lrs: FakeLrs,
  device: Device,
  launch: number,
  act: (tracker: ReturnType<typeof cmi5Tracker>) => void,
) {
  const tracker = cmi5Tracker(lrs, device, launch);
  const context = await tracker.initialize();
  act(tracker);
  await tracker.terminate();
  return context;
}

describe("the cmi5 tracker", () => {
  it("gives the learner's languages from cmi5LearnerPreferences, and none when the profile is missing", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs);
    expect((await session(lrs, newDevice(), 1, () => {})).languages).toEqual([]);
    lrs.documents.set("/xapi/agents/profile|cmi5LearnerPreferences|", {
      languagePreference: "ar-EG,fr-FR",
      audioPreference: "on",
    });
    expect((await session(lrs, newDevice(), 2, () => {})).languages).toEqual(["ar-EG", "fr-FR"]);
  });

  it("fetches once, reads LaunchData and preferences before any statement, then initialized … terminated", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs);
    await session(lrs, newDevice(), 1, (tracker) => {
      tracker.recordInteraction(ANSWER);
      tracker.setScore(score(0.8));
      tracker.setStatus("completed", "passed");
    });
    const order = (pattern: RegExp) =>
      lrs.requests.findIndex((request) =>
        pattern.test(`${request.method} ${request.url.pathname}${request.url.search}`),
      );
    expect(order(/^POST \/fetch/)).toBe(0);
    expect(order(/stateId=LMS.LaunchData/)).toBeLessThan(order(/agents\/profile.*cmi5LearnerPreferences/));
    expect(order(/agents\/profile/)).toBeLessThan(order(/\/statements/));
    expect(verbsOf(lrs.statements)).toEqual(["initialized", "answered", "completed", "passed", "terminated"]);
    const [initialized, answered, completed, passed, terminated] = lrs.statements;
    for (const statement of lrs.statements) {
      const context = statement.context as Record<string, Record<string, unknown>>;
      expect(context.registration).toBe(REGISTRATION);
      expect(context.extensions?.[CMI5.sessionId]).toBe(SESSION_ID);
      expect(context.contextActivities?.grouping).toEqual([{ id: AU }]);
    }
    expect(categoriesOf(initialized)).toEqual([CMI5.category]);
    expect(categoriesOf(answered)).toEqual([]);
    expect(categoriesOf(completed)).toEqual([CMI5.category, CMI5.moveOnCategory]);
    expect(completed?.result).toEqual({ completion: true, duration: expect.stringMatching(/^PT/) });
    expect(passed?.result).toMatchObject({
      success: true,
      score: { scaled: 0.8, raw: 80, min: 0, max: 100 },
    });
    expect(
      (passed?.context as { extensions?: Record<string, unknown> } | undefined)?.extensions?.[
        CMI5.masteryScore
      ],
    ).toBe(0.7);
    expect((terminated?.result as { duration?: string } | undefined)?.duration).toMatch(/^PT/);
    expect(
      [initialized, completed, passed, terminated].map(
        (statement) => (statement?.object as { id?: string } | undefined)?.id,
      ),
    ).toEqual([AU, AU, AU, AU]);
    expect(
      lrs.requests.find((request) => request.url.pathname.endsWith("/statements"))?.headers,
    ).toMatchObject({
      Authorization: "Basic dG9rZW4=",
      "X-Experience-API-Version": "1.0.3",
    });
  });

  it("makes completed, passed and failed at most once per registration, never passed after failed, across relaunches and devices", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs);
    await session(lrs, newDevice(), 1, (tracker) => {
      tracker.setScore(score(0.5));
      tracker.setStatus("completed", "failed");
    });
    // A relaunch on another device: the progress document in the LRS remembers the verdicts.
    const context = await session(lrs, newDevice(), 2, (tracker) => {
      tracker.setScore(score(0.9));
      tracker.setStatus("completed", "passed");
    });
    expect(context.completion).toBe("completed");
    expect(verbsOf(lrs.statements)).toEqual([
      "initialized",
      "completed",
      "failed",
      "terminated",
      "initialized",
      "terminated",
    ]);
  });

  it("judges passed and failed against the LMS's masteryScore", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs, "Normal", 0.9);
    await session(lrs, newDevice(), 1, (tracker) => {
      tracker.setScore(score(0.8));
      tracker.setStatus("completed", "passed");
    });
    expect(verbsOf(lrs.statements)).toEqual(["initialized", "completed", "failed", "terminated"]);
  });

  it.each(["Browse", "Review"])("in %s mode makes only initialized and terminated", async (mode) => {
    const lrs = createFakeLrs();
    putLaunchData(lrs, mode);
    const context = await session(lrs, newDevice(), 1, (tracker) => {
      tracker.recordInteraction(ANSWER);
      tracker.setScore(score(1));
      tracker.setStatus("completed", "passed");
    });
    expect(context.mode).toBe(mode.toLowerCase());
    expect(verbsOf(lrs.statements)).toEqual(["initialized", "terminated"]);
  });

  it("reuses the token after a reload (no second fetch) and makes nothing once the session has ended", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs);
    const device = newDevice();
    await session(lrs, device, 1, (tracker) =>
      tracker.saveProgress({ record: "R1", location: "a/1", progressMeasure: 0.5 }),
    );
    const context = await session(lrs, device, 1, (tracker) => tracker.recordInteraction(ANSWER));
    expect(lrs.requests.filter((request) => request.url.pathname === "/fetch")).toHaveLength(1);
    expect(context.record).toBe("R1");
    expect(verbsOf(lrs.statements)).toEqual(["initialized", "terminated"]);
  });

  it("with the LRS down at launch, keeps statements as drafts and completes them with the context template later", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs);
    let down = true;
    lrs.failWith = (request) => (down && request.url.pathname.startsWith("/xapi/") ? 503 : undefined);
    const tracker = cmi5Tracker(lrs, newDevice());
    await tracker.initialize();
    tracker.recordInteraction(ANSWER);
    tracker.setScore(score(1));
    tracker.setStatus("completed", "passed");
    expect(lrs.statements).toEqual([]);
    down = false;
    await expect
      .poll(() => verbsOf(lrs.statements), { timeout: 5000 })
      .toEqual(["initialized", "answered", "completed", "passed"]);
    for (const statement of lrs.statements) {
      expect((statement.context as { extensions: Record<string, unknown> }).extensions[CMI5.sessionId]).toBe(
        SESSION_ID,
      );
      expect(Object.keys(statement)).not.toContain("coursemark:draft");
    }
  });
});

describe("the cmi5 tracker after a tab died before its launch data came", () => {
  it("sends that tab's answers in the next session, after its initialized, with their ids", async () => {
    const lrs = createFakeLrs();
    putLaunchData(lrs);
    const device = newDevice();
    // The dead tab never reaches the LRS (it only gets its token), then dies: no terminate.
    const neverReaches: typeof fetch = (input, init) =>
      String(input).includes("/xapi/") ? Promise.reject(new TypeError("offline")) : lrs.fetch(input, init);
    const dead = cmi5Tracker(lrs, device, 1, neverReaches);
    await dead.initialize();
    dead.recordInteraction(ANSWER);
    await session(lrs, device, 2, () => {});
    const verbs = verbsOf(lrs.statements);
    expect(verbs).toEqual(["initialized", "answered", "terminated"]);
    const answered = lrs.statements[1];
    expect(
      (answered?.context as { extensions?: Record<string, unknown> } | undefined)?.extensions?.[
        CMI5.sessionId
      ],
    ).toBe(SESSION_ID);
    expect(
      JSON.parse(device.store.getItem(`coursemark:cmi5:${AU}:${REGISTRATION}:outbox:rejected`) ?? "[]"),
    ).toHaveLength(1);
  });
});

describe("the TinCan tracker", () => {
  it("uses auth verbatim, echoes unknown launch parameters, reports on tincan.xml's activity, lists every option with its text, and keeps reflections private", async () => {
    const lrs = createFakeLrs();
    const search = `?${new URLSearchParams({
      endpoint: "https://lrs.example/xapi",
      auth: "Basic bGVhcm5lcjpzZWNyZXQ=",
      actor: JSON.stringify({ name: ["Ama"], mbox: ["mailto:ama@example.org"] }),
      registration: REGISTRATION,
      activity_id: "https://elsewhere.example/a",
      grouping: "https://lms.example/course/7",
      "Accept-Language": "tw, en;q=0.5",
    })}`;
    const tracker = createXapiTracker({
      kind: "xapi",
      connect: async () =>
        connectTincan({
          search,
          activityId: iris.module("shop"),
          courseActivityId: iris.course,
          fetch: lrs.fetch,
        }),
      iris,
      lang: "en",
      componentsOf: (id) => (id === ANSWER.id ? ANSWER_COMPONENTS : undefined),
      fallback: () => createLocalTracker({ courseId: "demo", scope: "module:shop", store: memoryStore() }),
      store: memoryStore(),
      sleep: tick,
    });
    expect((await tracker.initialize()).languages).toEqual(["tw", "en"]);
    tracker.recordInteraction(ANSWER);
    tracker.recordInteraction({
      ...ANSWER,
      id: "shop.intro.think",
      type: "other",
      learnerResponse: { kind: "other", text: "" },
      correctResponses: [],
      result: "neutral",
    });
    tracker.setStatus("completed", "unknown");
    await tracker.terminate();
    expect(verbsOf(lrs.statements)).toEqual([
      "initialized",
      "answered",
      "answered",
      "completed",
      "terminated",
    ]);
    const [request] = lrs.requests;
    expect(request?.headers.Authorization).toBe("Basic bGVhcm5lcjpzZWNyZXQ=");
    expect(request?.url.searchParams.get("grouping")).toBe("https://lms.example/course/7");
    const [, choice, reflection, completed] = lrs.statements;
    expect(completed?.object).toEqual({ objectType: "Activity", id: iris.module("shop") });
    expect(choice?.actor).toEqual({ objectType: "Agent", name: "Ama", mbox: "mailto:ama@example.org" });
    expect(choice?.verb).toMatchObject({ id: VERBS.answered });
    expect(choice?.object).toMatchObject({
      id: iris.interaction("shop.intro.q1"),
      definition: {
        type: "http://adlnet.gov/expapi/activities/cmi.interaction",
        interactionType: "choice",
        correctResponsesPattern: ["oil[,]jar"],
        choices: [
          { id: "oil", description: { en: "Palm oil" } },
          { id: "jar", description: { en: "The jar" } },
          { id: "rent", description: { en: "Your rent at home" } },
        ],
      },
    });
    expect(choice?.result).toEqual({ response: "oil", success: false, duration: "PT4.2S" });
    expect(reflection?.result).toEqual({ duration: "PT4.2S" });
  });
});
