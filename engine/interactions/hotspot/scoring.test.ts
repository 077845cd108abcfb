import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const where = interactionFrom(
  "hotspot",
  ":::hotspot\nWhere is the pinned post?\n\n![A Facebook Page](../media/shop.svg)\n\n::region[Pinned post]{x=5 y=30 w=90 h=20 correct}\n::region[Cover photo]{x=0 y=0 w=100 h=25}\n:::\n",
);

describe("hotspot scoring and tracking", () => {
  it("is right for exactly the correct region(s)", () => {
    expect(judge(where, ids("a")).result).toMatchObject({ correct: true, score: 1 });
    expect(judge(where, ids("b")).result).toMatchObject({ correct: false, feedbackIds: ["b"] });
    expect(judge(where, ids("a", "b")).result.correct).toBe(false);
  });

  it("records the regions as a choice", () => {
    expect(judge(where, ids("b")).tracked).toEqual({
      type: "choice",
      learnerResponse: { kind: "choice", ids: ["b"] },
      correctResponses: [{ kind: "choice", ids: ["a"] }],
      result: "incorrect",
    });
  });
});
