import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { assessmentMachine } from "./assessment.machine.ts";
import type { AssessmentProgress } from "./assessment-progress.ts";
import { shuffledOrder } from "./draw.ts";
import { selectAssessmentView } from "./selectors.ts";
import { shopCourse } from "./testing/course-fixture.ts";

const course = shopCourse("assessment:\n  perModule: 2\n  passMark: 75\n  attempts: 2\n");
const fresh = (seed: number): AssessmentProgress => ({
  phase: "ready",
  seed,
  attemptsUsed: 0,
  itemIds: [],
  responses: {},
});

function start(progress: AssessmentProgress) {
  return createActor(assessmentMachine, {
    input: { settings: course.assessment, modules: course.modules, progress },
  }).start();
}

/** Answers every drawn item: right (option b) for the first `right` items, wrong (a) after. */
function answer(actor: ReturnType<typeof start>, right: number) {
  actor.getSnapshot().context.items.forEach((item, index) => {
    actor.send({
      type: "answer.change",
      itemId: item.id,
      response: { kind: "ids", ids: [index < right ? "b" : "a"] },
    });
  });
}

describe("assessmentMachine", () => {
  it("draws perModule items from every module's bank, reproducibly from the seed", () => {
    const first = start(fresh(42));
    first.send({ type: "assessment.start" });
    const drawn = first.getSnapshot().context.items.map((item) => item.id);
    expect(drawn).toHaveLength(4);
    expect(drawn.filter((id) => id.startsWith("bank_"))).toHaveLength(2);
    expect(drawn.filter((id) => id.startsWith("web_"))).toHaveLength(2);
    const again = start(fresh(42));
    again.send({ type: "assessment.start" });
    expect(again.getSnapshot().context.items.map((item) => item.id)).toEqual(drawn);
  });

  it("different seeds give different draws", () => {
    const draws = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
        const actor = start(fresh(seed));
        actor.send({ type: "assessment.start" });
        return actor.getSnapshot().context.progress.itemIds.join();
      }),
    );
    expect(draws.size).toBeGreaterThan(1);
  });

  it("submits only when every item is answered, then reviews with the lesson to revisit", () => {
    const actor = start(fresh(9));
    actor.send({ type: "assessment.start" });
    actor.send({ type: "assessment.submit" });
    expect(actor.getSnapshot().value).toBe("answering");
    answer(actor, 2);
    actor.send({ type: "assessment.submit" });
    const view = selectAssessmentView(actor.getSnapshot());
    expect(view.phase).toBe("review");
    expect(view.outcome).toMatchObject({ percent: 50, passed: false });
    const wrongBank = view.outcome?.items.filter(
      (item) => !item.result.correct && item.item.id.startsWith("bank_"),
    );
    for (const item of wrongBank ?? []) expect(item.revisit).toBe("shop.prices");
    expect(view.canRetry).toBe(true);
  });

  it("retries with a new draw until attempts run out", () => {
    const actor = start(fresh(9));
    actor.send({ type: "assessment.start" });
    answer(actor, 0);
    actor.send({ type: "assessment.submit" });
    const seed = actor.getSnapshot().context.progress.seed;
    actor.send({ type: "assessment.retry" });
    expect(actor.getSnapshot().value).toBe("answering");
    expect(actor.getSnapshot().context.progress).toMatchObject({ attemptsUsed: 1, responses: {} });
    expect(actor.getSnapshot().context.progress.seed).not.toBe(seed);
    answer(actor, 0);
    actor.send({ type: "assessment.submit" });
    expect(selectAssessmentView(actor.getSnapshot())).toMatchObject({ attemptsLeft: 0, canRetry: false });
  });

  it("does not offer a retry after a pass", () => {
    const actor = start(fresh(9));
    actor.send({ type: "assessment.start" });
    answer(actor, 4);
    actor.send({ type: "assessment.submit" });
    expect(selectAssessmentView(actor.getSnapshot())).toMatchObject({
      outcome: { percent: 100, passed: true },
      canRetry: false,
    });
  });

  it("resumes an attempt with the same items, order and answers", () => {
    const actor = start(fresh(77));
    actor.send({ type: "assessment.start" });
    answer(actor, 1);
    const saved = { ...actor.getSnapshot().context.progress, phase: "answering" as const };
    const resumed = start(saved);
    expect(resumed.getSnapshot().value).toBe("answering");
    expect(resumed.getSnapshot().context.items).toEqual(actor.getSnapshot().context.items);
    expect(resumed.getSnapshot().context.progress.responses).toEqual(saved.responses);
  });

  it("shuffles options the same way for the same seed and item", () => {
    const ids = ["a", "b", "c", "d", "e"];
    expect(shuffledOrder(ids, 5, "bank_1")).toEqual(shuffledOrder(ids, 5, "bank_1"));
    expect([...shuffledOrder(ids, 5, "bank_1")].sort()).toEqual(ids);
  });
});
