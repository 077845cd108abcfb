import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const options = "Which are fees?\n\n- [x] Delivery\n- [x] MoMo fee\n- [ ] Your smile\n- [ ] Sunshine\n:::\n";
const allOrNothing = interactionFrom("multiple-response", `:::multiple-response\n${options}`);
const partial = interactionFrom("multiple-response", `:::multiple-response{scoring=partial}\n${options}`);

describe("multiple-response scoring and tracking", () => {
  it("gives 1 only for exactly the right set", () => {
    expect(judge(allOrNothing, ids("b", "a")).result).toMatchObject({ score: 1, correct: true });
    expect(judge(allOrNothing, ids("a")).result).toMatchObject({ score: 0, correct: false });
    expect(judge(allOrNothing, ids("a", "b", "c")).result).toMatchObject({ score: 0, correct: false });
  });

  it("gives partial credit as right ticks minus wrong ticks over right options, never below 0", () => {
    expect(judge(partial, ids("a")).result).toMatchObject({ score: 0.5, correct: false });
    expect(judge(partial, ids("a", "c")).result.score).toBe(0);
    expect(judge(partial, ids("a", "b", "c", "d")).result.score).toBe(0);
    expect(judge(partial, ids("c", "d")).result.score).toBe(0);
  });

  it("records a partial result as its score", () => {
    const { tracked } = judge(partial, ids("b"));
    expect(tracked).toMatchObject({
      type: "choice",
      result: 0.5,
      correctResponses: [{ kind: "choice", ids: ["a", "b"] }],
    });
  });
});
