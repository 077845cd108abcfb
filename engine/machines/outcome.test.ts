import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import type { CourseContext } from "./course.machine.ts";
import { courseMachine } from "./course.machine.ts";
import { scopeOutcome } from "./outcome.ts";
import type { PlayerScope } from "./scope.ts";
import { shopCourse } from "./testing/course-fixture.ts";

const course = shopCourse("assessment:\n  passMark: 50\n");
const FRESH = { location: undefined, visited: [], interactions: {}, assessment: undefined };

function start(scope: PlayerScope) {
  return createActor(courseMachine, { input: { course, scope, restored: FRESH, freshSeed: 3 } }).start();
}

function answerAll(ref: CourseContext["assessmentRef"], optionId: string) {
  for (const item of ref?.getSnapshot().context.items ?? [])
    ref?.send({ type: "answer.change", itemId: item.id, response: { kind: "ids", ids: [optionId] } });
  ref?.send({ type: "assessment.submit" });
}

describe("scopeOutcome", () => {
  it("reports the assessment attempt under review, and nothing scored during a retry", () => {
    const actor = start({ kind: "assessment" });
    const ref = actor.getSnapshot().context.assessmentRef;
    expect(scopeOutcome(actor.getSnapshot().context)).toMatchObject({ success: "unknown", score: undefined });
    ref?.send({ type: "assessment.start" });
    answerAll(ref, "a");
    expect(scopeOutcome(actor.getSnapshot().context)).toMatchObject({
      success: "failed",
      score: { raw: 0, scaled: 0 },
      completion: "completed",
    });
    ref?.send({ type: "assessment.retry" });
    expect(scopeOutcome(actor.getSnapshot().context).score).toBeUndefined();
    answerAll(ref, "b");
    expect(scopeOutcome(actor.getSnapshot().context)).toMatchObject({
      success: "passed",
      score: { raw: 100 },
    });
  });

  it("judges a scored module against the pass mark once every scored interaction is answered", () => {
    const actor = start({ kind: "module", moduleId: "shop" });
    const refs = actor.getSnapshot().context.interactionRefs;
    const answer = (id: string, option: string) => {
      refs[id]?.send({ type: "answer.change", response: { kind: "ids", ids: [option] } });
      refs[id]?.send({ type: "answer.submit" });
    };
    answer("price", "b");
    expect(scopeOutcome(actor.getSnapshot().context)).toMatchObject({
      success: "unknown",
      score: { raw: 33 },
    });
    answer("greet", "b");
    answer("thank", "a");
    expect(scopeOutcome(actor.getSnapshot().context)).toMatchObject({
      success: "passed",
      score: { raw: 67 },
    });
  });

  it("reports no score for an unscored module", () => {
    const actor = start({ kind: "module", moduleId: "online" });
    expect(scopeOutcome(actor.getSnapshot().context)).toEqual({
      completion: "completed",
      success: "unknown",
      score: undefined,
    });
  });
});
