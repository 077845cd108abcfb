import { describe, expect, it } from "vitest";
import { memoryStore } from "../tracking/device-storage.ts";
import { createLocalTracker, createReflectionNotes } from "../tracking/local.ts";
import { createPlayer } from "./player.ts";
import { selectStep } from "./selectors.ts";
import { buildCourse, choice, courseMd, lessonMd, shopCourse } from "./testing/course-fixture.ts";

const course = buildCourse({
  "course.md": courseMd(),
  "01-shop/01-prices.md": lessonMd(
    "Prices",
    `${choice("price", " required")}\n---\n\n:::reflection{id=plan}\nWhat will you charge?\n:::\n`,
  ),
});

async function launch(store = memoryStore(), now = 1_000) {
  const tracker = createLocalTracker({ courseId: course.id, scope: "module:shop", store });
  const launchContext = await tracker.initialize();
  const clock = { now: () => now };
  const notes = createReflectionNotes({ courseId: course.id, store });
  const player = createPlayer({
    course,
    scope: { kind: "module", moduleId: "shop" },
    launch: launchContext,
    tracker,
    clock,
    notes,
  });
  player.start();
  return { player, tracker, store };
}

describe("createPlayer", () => {
  it("records an answer with the tracker, stamped by the injected clock", async () => {
    const { player, tracker } = await launch();
    const price = player.actor.getSnapshot().context.interactionRefs.price;
    price?.send({ type: "answer.change", response: { kind: "ids", ids: ["b"] } });
    price?.send({ type: "answer.submit" });
    expect(tracker.journal()).toEqual([
      expect.objectContaining({
        id: "price",
        type: "choice",
        result: "correct",
        description: "Which option?",
        answeredAt: new Date(1_000),
        latencyMs: 0,
        objectiveIds: ["shop.prices"],
      }),
    ]);
  });

  it("saves progress so the next launch resumes at the same screen with the same answers", async () => {
    const store = memoryStore();
    const first = await launch(store);
    const price = first.player.actor.getSnapshot().context.interactionRefs.price;
    price?.send({ type: "answer.change", response: { kind: "ids", ids: ["a"] } });
    price?.send({ type: "answer.submit" });
    first.player.actor.send({ type: "nav.next" });
    const plan = first.player.actor.getSnapshot().context.interactionRefs.plan;
    plan?.send({ type: "answer.change", response: { kind: "text", text: "GH₵ 15, my own idea" } });
    plan?.send({ type: "answer.submit" });
    await first.player.stop();

    const second = await launch(store);
    expect(second.player.recovery).toBe("restored");
    expect(selectStep(second.player.actor.getSnapshot())?.address).toBe("shop.prices/2");
    const restored = second.player.actor.getSnapshot().context.interactionRefs;
    expect(restored.price?.getSnapshot().context).toMatchObject({
      attemptsUsed: 1,
      response: { ids: ["a"] },
    });
    expect(restored.plan?.getSnapshot().context.response).toEqual({
      kind: "text",
      text: "GH₵ 15, my own idea",
    });
  });

  it("never lets reflection text into the record or the LMS journal", async () => {
    const store = memoryStore();
    const { player, tracker } = await launch(store);
    player.actor.send({ type: "nav.jump", address: "shop.prices/2" });
    const plan = player.actor.getSnapshot().context.interactionRefs.plan;
    plan?.send({ type: "answer.change", response: { kind: "text", text: "secret plan" } });
    plan?.send({ type: "answer.submit" });
    await player.stop();
    expect(store.getItem("coursemark:shop_course:module:shop:progress")).not.toContain("secret");
    expect(JSON.stringify(tracker.journal())).not.toContain("secret");
  });

  it("records nothing in a browse or no-credit launch", async () => {
    for (const change of [{ mode: "browse" as const }, { credit: false }]) {
      const store = memoryStore();
      const tracker = createLocalTracker({ courseId: course.id, scope: "module:shop", store });
      const launchContext = { ...(await tracker.initialize()), ...change };
      const scope = { kind: "module" as const, moduleId: "shop" };
      const player = createPlayer({ course, scope, launch: launchContext, tracker, clock: { now: () => 0 } });
      player.start();
      const price = player.actor.getSnapshot().context.interactionRefs.price;
      price?.send({ type: "answer.change", response: { kind: "ids", ids: ["b"] } });
      price?.send({ type: "answer.submit" });
      player.actor.send({ type: "nav.next" });
      await player.stop();
      expect(tracker.journal()).toEqual([]);
      expect(store.getItem("coursemark:shop_course:module:shop:progress")).toBeNull();
    }
  });

  it("says so when the saved record was damaged", async () => {
    const store = memoryStore();
    store.setItem(
      "coursemark:shop_course:module:shop:progress",
      JSON.stringify({ record: "c1|garbage", completion: "incomplete", success: "unknown" }),
    );
    const { player } = await launch(store);
    expect(player.recovery).toBe("reset");
    expect(player.notice).toEqual({ kind: "record-recovered", detail: "reset" });
    expect(selectStep(player.actor.getSnapshot())?.address).toBe("shop.prices/1");
  });

  it("sets completion through the tracker by the course's rule", async () => {
    const store = memoryStore();
    const { player } = await launch(store);
    const price = player.actor.getSnapshot().context.interactionRefs.price;
    price?.send({ type: "answer.change", response: { kind: "ids", ids: ["b"] } });
    price?.send({ type: "answer.submit" });
    player.actor.send({ type: "nav.next" });
    await player.stop();
    expect(JSON.parse(store.getItem("coursemark:shop_course:module:shop:progress") ?? "{}")).toMatchObject({
      completion: "completed",
      progressMeasure: 1,
    });
  });
});

describe("createPlayer with the final assessment", () => {
  it("records each submitted item with the time since the attempt began", async () => {
    const exam = shopCourse();
    const tracker = createLocalTracker({ courseId: exam.id, scope: "assessment", store: memoryStore() });
    let now = 5_000;
    const player = createPlayer({
      course: exam,
      scope: { kind: "assessment" },
      launch: await tracker.initialize(),
      tracker,
      clock: { now: () => now },
    });
    player.start();
    const ref = player.actor.getSnapshot().context.assessmentRef;
    ref?.send({ type: "assessment.start" });
    now = 65_000;
    for (const item of ref?.getSnapshot().context.items ?? [])
      ref?.send({ type: "answer.change", itemId: item.id, response: { kind: "ids", ids: ["b"] } });
    ref?.send({ type: "assessment.submit" });
    const journal = tracker.journal();
    expect(journal).toHaveLength(4);
    expect(journal.every((record) => record.latencyMs === 60_000 && record.result === "correct")).toBe(true);
    expect(journal.find((record) => record.id.startsWith("bank_"))?.objectiveIds).toEqual(["shop.prices"]);
  });
});
