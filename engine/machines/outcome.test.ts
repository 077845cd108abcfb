import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import type { CourseContext } from "./course.machine.ts";
import { courseMachine } from "./course.machine.ts";
import { scopeOutcome } from "./outcome.ts";
import type { PlayerScope } from "./scope.ts";
import { buildCourse, courseMd, lessonMd, shopCourse } from "./testing/course-fixture.ts";

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

  it("gives a completed unscored module full marks by default (never Moodle's misleading 0)", () => {
    const actor = start({ kind: "module", moduleId: "online" });
    expect(scopeOutcome(actor.getSnapshot().context)).toEqual({
      completion: "completed",
      success: "unknown",
      score: { raw: 100, min: 0, max: 100, scaled: 1 },
    });
  });

  describe("an unscored module of two screens", () => {
    const twoScreens = (courseSettings: string, moduleFrontmatter: string) =>
      buildCourse({
        "course.md": courseMd(courseSettings),
        "01-online/module.md": `---\n${moduleFrontmatter}---\n`,
        "01-online/01-posts.md": lessonMd("Posts", "Post daily.\n\n---\n\nPost at noon."),
      });
    const outcomeAfter = (model: ReturnType<typeof buildCourse>, screens: number) => {
      const actor = createActor(courseMachine, {
        input: {
          course: model,
          scope: { kind: "module", moduleId: "online" },
          restored: FRESH,
          freshSeed: 3,
        },
      }).start();
      for (let screen = 1; screen < screens; screen += 1) actor.send({ type: "nav.next" });
      return scopeOutcome(actor.getSnapshot().context);
    };

    it("reports no score before its completion rule is met, full marks once it is", () => {
      const model = twoScreens("", "title: Online\n");
      expect(outcomeAfter(model, 1)).toEqual({
        completion: "incomplete",
        success: "unknown",
        score: undefined,
      });
      expect(outcomeAfter(model, 2)).toMatchObject({ completion: "completed", score: { raw: 100 } });
    });

    it("reports no score with `grade: none`, set on the course or on the module", () => {
      expect(outcomeAfter(twoScreens("grade: none\n", "title: Online\n"), 2).score).toBeUndefined();
      expect(outcomeAfter(twoScreens("", "grade: none\n"), 2).score).toBeUndefined();
      const overridden = twoScreens("grade: none\n", "grade: completion\n");
      expect(outcomeAfter(overridden, 2).score?.raw).toBe(100);
    });
  });
});
