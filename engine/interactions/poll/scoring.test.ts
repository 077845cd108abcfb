import { describe, expect, it } from "vitest";
import { ids, interactionFrom, judge } from "../scoring-testing.ts";

const poll = interactionFrom(
  "poll",
  ":::poll\nHow ready are you?\n\n- Not ready\n- Ready\n- Very ready\n:::\n",
);

describe("poll scoring and tracking", () => {
  it("takes one option and is neutral", () => {
    expect(judge(poll, ids("b")).result.neutral).toBe(true);
    expect(judge(poll, ids("a", "b")).answerable).toBe(false);
  });

  it("records a likert answer", () => {
    expect(judge(poll, ids("c")).tracked).toEqual({
      type: "likert",
      learnerResponse: { kind: "likert", id: "c" },
      correctResponses: [],
      result: "neutral",
    });
  });
});
