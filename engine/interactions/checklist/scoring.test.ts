import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const list = interactionFrom(
  "checklist",
  ":::checklist\nBefore you post:\n\n- [ ] a clear photo\n- [ ] the price\n:::\n",
);

describe("checklist scoring and tracking", () => {
  it("is always neutral, any ticks allowed", () => {
    expect(judge(list, ids()).result).toMatchObject({ neutral: true, correct: false });
    expect(judge(list, ids()).answerable).toBe(true);
    expect(judge(list, ids("z")).answerable).toBe(false);
  });

  it("records the ticks as a neutral choice without a right answer", () => {
    expect(judge(list, ids("a")).tracked).toEqual({
      type: "choice",
      learnerResponse: { kind: "choice", ids: ["a"] },
      correctResponses: [],
      result: "neutral",
    });
  });
});
