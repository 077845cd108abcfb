import { describe, expect, it } from "vitest";
import { getShortestPaths, getSimplePaths } from "xstate/graph";
import type { InteractionEvent } from "./events.ts";
import { interactionMachine } from "./interaction.machine.ts";
import { buildCourse, lessonMd } from "./testing/course-fixture.ts";

const course = buildCourse({
  "01-shop/01-prices.md": lessonMd(
    "Prices",
    ":::single-choice{id=q attempts=2}\nWhich?\n\n- [ ] A\n- [x] B\n\n::hint[Think.]\n:::\n",
  ),
});
const interaction = course.modules[0]?.lessons[0]?.screens[0]?.blocks.find(
  (block) => block.kind === "interaction",
);

const events: InteractionEvent[] = [
  { type: "answer.change", response: { kind: "ids", ids: ["a"] } },
  { type: "answer.change", response: { kind: "ids", ids: ["b"] } },
  { type: "answer.submit" },
  { type: "answer.retry" },
  { type: "answer.reveal" },
  { type: "hint.show" },
];

describe("interactionMachine paths (xstate/graph)", () => {
  if (interaction?.kind !== "interaction") throw new Error("fixture has no interaction");
  const options = { input: { interaction }, events };

  it("reaches every state by a shortest path", () => {
    const reached = new Set(
      getShortestPaths(interactionMachine, options).map((path) => String(path.state.value)),
    );
    expect([...reached].sort()).toEqual(["answering", "feedback", "idle", "revealed"]);
  });

  it("never ends in feedback with the attempts spent and the answer still wrong", () => {
    for (const path of getSimplePaths(interactionMachine, options)) {
      const { value, context } = path.state;
      if (value === "feedback" && context.result?.correct === false)
        expect(context.attemptsUsed).toBeLessThan(2);
      if (context.attemptsUsed === 2 && context.result?.correct === false) expect(value).toBe("revealed");
    }
  });

  it("reveals by itself after two wrong tries in the shortest way", () => {
    const paths = getShortestPaths(interactionMachine, {
      ...options,
      toState: (state) => state.matches("revealed") && state.context.attemptsUsed === 2,
    });
    const steps = paths[0]?.steps.map((step) => step.event.type);
    expect(steps).toEqual(["xstate.init", "answer.change", "answer.submit", "answer.retry", "answer.submit"]);
  });

  it("never counts a submission that was not answerable", () => {
    for (const path of getSimplePaths(interactionMachine, options)) {
      const submits = path.steps.filter((step, index) => {
        const before = path.steps[index - 1]?.state;
        return step.event.type === "answer.submit" && before?.value === "answering";
      }).length;
      expect(path.state.context.attemptsUsed).toBeLessThanOrEqual(submits);
    }
  });
});
