import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const statement = interactionFrom(
  "true-false",
  ":::true-false\nMoMo works offline.\n\n- [ ] True\n- [x] False\n:::\n",
);

describe("true-false scoring and tracking", () => {
  it("records the answer as a boolean, the first option standing for true", () => {
    const { result, tracked } = judge(statement, ids("b"));
    expect(result.correct).toBe(true);
    expect(tracked).toEqual({
      type: "true-false",
      learnerResponse: { kind: "true-false", value: false },
      correctResponses: [{ kind: "true-false", value: false }],
      result: "correct",
    });
  });

  it("scores true 0 when false is right", () => {
    const { result, tracked } = judge(statement, ids("a"));
    expect(result.score).toBe(0);
    expect(tracked?.learnerResponse).toEqual({ kind: "true-false", value: true });
  });
});
