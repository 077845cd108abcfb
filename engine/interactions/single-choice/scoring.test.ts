import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const question = interactionFrom(
  "single-choice",
  ":::single-choice\nWhat should Ama charge?\n\n- [ ] GH₵ 5\n  > Too low.\n- [x] GH₵ 12.50\n:::\n",
);

describe("single-choice scoring and tracking", () => {
  it("scores the right option 1 and names it for feedback", () => {
    const { result, tracked } = judge(question, ids("b"));
    expect(result).toEqual({ score: 1, correct: true, neutral: false, feedbackIds: ["b"] });
    expect(tracked).toEqual({
      type: "choice",
      learnerResponse: { kind: "choice", ids: ["b"] },
      correctResponses: [{ kind: "choice", ids: ["b"] }],
      result: "correct",
    });
  });

  it("scores a wrong option 0 and records it incorrect", () => {
    const { result, tracked } = judge(question, ids("a"));
    expect(result).toMatchObject({ score: 0, correct: false, feedbackIds: ["a"] });
    expect(tracked?.result).toBe("incorrect");
  });

  it("accepts exactly one known option as an answer", () => {
    expect(judge(question, ids("a", "b")).answerable).toBe(false);
    expect(judge(question, ids("z")).answerable).toBe(false);
    expect(judge(question, ids()).answerable).toBe(false);
    expect(judge(question, ids("a")).answerable).toBe(true);
  });
});
