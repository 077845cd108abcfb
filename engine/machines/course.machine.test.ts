import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { courseMachine, type PlayerProgress } from "./course.machine.ts";
import type { PlayerScope } from "./scope.ts";
import {
  selectBlockingIds,
  selectCanGoNext,
  selectCompletion,
  selectProgressMeasure,
  selectStep,
} from "./selectors.ts";
import { shopCourse } from "./testing/course-fixture.ts";

const FRESH: PlayerProgress = { location: undefined, visited: [], interactions: {}, assessment: undefined };

function start(scope: PlayerScope, settings = "", restored = FRESH) {
  const actor = createActor(courseMachine, {
    input: { course: shopCourse(settings), scope, restored, freshSeed: 7 },
  });
  actor.start();
  return actor;
}

const address = (actor: ReturnType<typeof start>) => selectStep(actor.getSnapshot())?.address;

describe("courseMachine", () => {
  it("steps through the screens of a module, across lessons", () => {
    const actor = start({ kind: "module", moduleId: "shop" });
    expect(address(actor)).toBe("shop.prices/1");
    actor.send({ type: "nav.next" });
    expect(address(actor)).toBe("shop.prices/2");
    actor.send({ type: "nav.prev" });
    expect(address(actor)).toBe("shop.prices/1");
    actor.send({ type: "nav.prev" });
    expect(address(actor)).toBe("shop.prices/1");
  });

  it("gates on a required interaction until it is answered", () => {
    const actor = start({ kind: "module", moduleId: "shop" });
    actor.send({ type: "nav.next" });
    expect(selectBlockingIds(actor.getSnapshot())).toEqual(["price"]);
    expect(selectCanGoNext(actor.getSnapshot())).toBe(false);
    actor.send({ type: "nav.next" });
    expect(address(actor)).toBe("shop.prices/2");
    actor.send({ type: "nav.jump", address: "shop.customers/1" });
    expect(address(actor)).toBe("shop.prices/2");

    const price = actor.getSnapshot().context.interactionRefs.price;
    price?.send({ type: "answer.change", response: { kind: "ids", ids: ["a"] } });
    price?.send({ type: "answer.submit" });
    expect(actor.getSnapshot().context.interactions.price?.attemptsUsed).toBe(1);
    actor.send({ type: "nav.next" });
    expect(address(actor)).toBe("shop.customers/1");
  });

  it("completes by the all-screens rule once every screen is seen", () => {
    const actor = start({ kind: "lesson", lessonId: "shop.prices" });
    expect(selectCompletion(actor.getSnapshot())).toBe("incomplete");
    expect(selectProgressMeasure(actor.getSnapshot())).toBe(0.5);
    actor.send({ type: "nav.next" });
    expect(selectCompletion(actor.getSnapshot())).toBe("completed");
  });

  it("completes by the all-interactions rule only when every scored interaction is answered", () => {
    const actor = start(
      { kind: "lesson", lessonId: "shop.customers" },
      "completion:\n  rule: all-interactions\n",
    );
    expect(selectProgressMeasure(actor.getSnapshot())).toBe(0);
    for (const id of ["greet", "thank"]) {
      const ref = actor.getSnapshot().context.interactionRefs[id];
      ref?.send({ type: "answer.change", response: { kind: "ids", ids: ["c"] } });
      ref?.send({ type: "answer.submit" });
    }
    expect(selectCompletion(actor.getSnapshot())).toBe("completed");
  });

  it("adds the final assessment as the last step of the course scope", () => {
    const actor = start({ kind: "course" });
    const steps = actor.getSnapshot().context.plan.steps.map((step) => step.address);
    expect(steps).toEqual([
      "shop.prices/1",
      "shop.prices/2",
      "shop.customers/1",
      "online.posts/1",
      "assessment",
    ]);
    expect(actor.getSnapshot().context.assessmentRef).toBeDefined();
  });

  it("resumes at the restored location with the restored answers", () => {
    const restored: PlayerProgress = {
      ...FRESH,
      location: "shop.customers/1",
      visited: ["shop.prices/1", "shop.prices/2"],
      interactions: {
        price: {
          phase: "feedback",
          response: { kind: "ids", ids: ["b"] },
          attemptsUsed: 1,
          hintShown: false,
        },
      },
    };
    const actor = start({ kind: "module", moduleId: "shop" }, "", restored);
    expect(address(actor)).toBe("shop.customers/1");
    const price = actor.getSnapshot().context.interactionRefs.price?.getSnapshot();
    expect(price?.value).toBe("feedback");
    expect(price?.context.result?.correct).toBe(true);
  });
});
