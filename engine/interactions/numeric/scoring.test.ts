import { describe, expect, it } from "vitest";
import { interactionFrom, judge, text } from "../scoring-testing.ts";
import { readNumber } from "./scoring.ts";

const price = interactionFrom(
  "numeric",
  ':::numeric{answer=12.5 tolerance=0.5 unit="GH₵"}\nWhat is the lowest price without a loss?\n:::\n',
);

describe("numeric scoring and tracking", () => {
  it("reads the unit, currency letters and a decimal comma away", () => {
    for (const typed of ["GH₵ 12.50", "GHS 12.50", "12.50", "12,50"])
      expect(readNumber(typed, "GH₵")).toBe(12.5);
    expect(readNumber("twelve", "GH₵")).toBeUndefined();
  });

  it("is right within the tolerance, inclusive", () => {
    expect(judge(price, text("13")).result.correct).toBe(true);
    expect(judge(price, text("12")).result.correct).toBe(true);
    expect(judge(price, text("13.1")).result.correct).toBe(false);
  });

  it("records the number and the range", () => {
    expect(judge(price, text("GH₵ 11")).tracked).toEqual({
      type: "numeric",
      learnerResponse: { kind: "numeric", value: 11 },
      correctResponses: [{ kind: "numeric-range", min: 12, max: 13 }],
      result: "incorrect",
    });
  });

  it("needs a number to submit", () => {
    expect(judge(price, text("GH₵")).answerable).toBe(false);
  });
});
