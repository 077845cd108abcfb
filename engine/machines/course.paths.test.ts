import { describe, expect, it } from "vitest";
import { getSimplePaths } from "xstate/graph";
import { type CourseEvent, courseMachine } from "./course.machine.ts";
import { stepIndexOf } from "./gating.ts";
import { planScope } from "./scope.ts";
import { shopCourse } from "./testing/course-fixture.ts";

const course = shopCourse();
const answered = {
  phase: "feedback" as const,
  response: { kind: "ids" as const, ids: ["b"] },
  attemptsUsed: 1,
  hintShown: false,
};
const input = {
  course,
  scope: { kind: "module" as const, moduleId: "shop" },
  restored: { location: undefined, visited: [], interactions: {}, assessment: undefined },
  freshSeed: 1,
};

const events: CourseEvent[] = [
  { type: "nav.next" },
  { type: "nav.prev" },
  { type: "nav.jump", address: "shop.customers/1" },
  { type: "interaction.updated", id: "price", progress: answered, submitted: true },
];

describe("courseMachine paths (xstate/graph)", () => {
  const paths = getSimplePaths(courseMachine, {
    input,
    events,
    serializeState: (snapshot) =>
      JSON.stringify([
        snapshot.context.position,
        snapshot.context.visited,
        Object.keys(snapshot.context.interactions),
      ]),
  });

  it("explores the module's steps", () => {
    const reached = new Set(paths.map((path) => path.state.context.position));
    expect([...reached].sort()).toEqual([0, 1, 2]);
  });

  it("never passes the required question unanswered, by next or by jump", () => {
    const gated = stepIndexOf(planScope(course, input.scope), "shop.prices/2");
    const beyond = paths.filter((path) => path.state.context.position > gated);
    expect(beyond.length).toBeGreaterThan(0);
    for (const path of beyond) expect(path.state.context.interactions.price).toBeDefined();
  });
});
