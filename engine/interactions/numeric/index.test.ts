import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const numeric = (
  attributes: string,
  prompt = "Cost GH₵ 8, delivery GH₵ 3, fees GH₵ 1.50. The lowest price?",
) => `:::numeric{${attributes}}\n${prompt}\n:::\n`;

describe(":::numeric", () => {
  it("reads a decimal answer, tolerance and unit", () => {
    const result = compileSnippet(numeric('answer=12.5 tolerance=0.25 unit="GH₵"'));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "numeric",
      answer: 12.5,
      tolerance: 0.25,
      unit: "GH₵",
      prompt: [{ tagName: "p" }],
    });
  });

  it("defaults to an exact answer without a unit; negative answers are fine", () => {
    expect(firstInteraction(compileSnippet(numeric("answer=-3")))).toMatchObject({
      answer: -3,
      tolerance: 0,
      unit: "",
    });
  });

  it.each([
    ["", "a missing answer"],
    ["answer", "a bare answer"],
    ["answer=12,5", "a decimal comma"],
    ["answer=twelve", "a word"],
    ["answer=12 tolerance=-1", "a negative tolerance"],
  ])("reports %j (%s) at the directive", (attributes) => {
    expect(compileSnippet(numeric(attributes)).problems).toEqual([problemAt(6, 1, "invalid-attribute")]);
  });

  it("reports a missing question", () => {
    expect(compileSnippet(":::numeric{answer=1}\n::hint[Add.]\n:::\n").problems).toEqual([
      problemAt(6, 1, "missing-prompt"),
    ]);
  });
});
