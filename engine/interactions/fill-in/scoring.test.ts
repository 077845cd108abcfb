import { describe, expect, it } from "vitest";
import { interactionFrom, judge, text } from "../scoring-testing.ts";

const blank = interactionFrom(
  "fill-in",
  ':::fill-in{maxlength=40}\nComplete: "Thank you for ___ us."\n\n- [x] contacting\n- [x] /^(texting|writing to)$/\n- [ ] calling\n  > Calling is fine, but this is a chat.\n:::\n',
);

describe("fill-in scoring and tracking", () => {
  it("accepts a listed answer ignoring case and extra spaces", () => {
    expect(judge(blank, text("  Contacting ")).result).toMatchObject({ correct: true, feedbackIds: ["a"] });
  });

  it("accepts a pattern answer", () => {
    expect(judge(blank, text("writing to")).result.correct).toBe(true);
  });

  it("names an anticipated wrong answer for its feedback", () => {
    expect(judge(blank, text("Calling")).result).toMatchObject({
      correct: false,
      score: 0,
      feedbackIds: ["c"],
    });
  });

  it("records the text and the literal accepted answers, not the pattern", () => {
    expect(judge(blank, text("emailing")).tracked).toEqual({
      type: "fill-in",
      learnerResponse: { kind: "fill-in", texts: ["emailing"], caseMatters: false },
      correctResponses: [{ kind: "fill-in", texts: ["contacting"], caseMatters: false }],
      result: "incorrect",
    });
  });

  it("needs some text to submit", () => {
    expect(judge(blank, text("   ")).answerable).toBe(false);
  });
});
