import { describe, expect, it } from "vitest";
import { behaviourOf } from "../behaviours.ts";
import { interactionFrom, judge, text } from "../scoring-testing.ts";

const note = interactionFrom(
  "reflection",
  ":::reflection{maxlength=500}\nWhich customer will you ask for a review?\n::model[I will ask Efua.]\n:::\n",
);

describe("reflection scoring and tracking", () => {
  it("is neutral and private", () => {
    expect(judge(note, text("Efua")).result.neutral).toBe(true);
    expect(behaviourOf(note).scoring.privateResponse).toBe(true);
  });

  it("never puts the text in the interaction record", () => {
    const { tracked } = judge(note, text("My secret plan"));
    expect(JSON.stringify(tracked)).not.toContain("secret");
    expect(tracked).toMatchObject({ type: "other", result: "neutral" });
  });
});
