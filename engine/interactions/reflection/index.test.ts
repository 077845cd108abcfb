import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const reflection = (attributes: string) =>
  `:::reflection{${attributes}}\nWhich customer will you ask for a review?\n:::\n`;

describe(":::reflection", () => {
  it("reads the question, maxlength (default 500) and an optional model answer", () => {
    expect(firstInteraction(compileSnippet(reflection("")))).toMatchObject({
      type: "reflection",
      maxlength: 500,
      modelAnswer: [],
      prompt: [{ tagName: "p" }],
    });
    const withModel = compileSnippet(":::reflection{maxlength=2000}\nWho?\n::model[Efua.]\n:::\n");
    expect(withModel.problems).toEqual([]);
    expect(firstInteraction(withModel)).toMatchObject({ maxlength: 2000, modelAnswer: [{ tagName: "p" }] });
  });

  it("reports a maxlength out of 1–2000 and a missing question", () => {
    expect(compileSnippet(reflection("maxlength=2001")).problems).toEqual([
      problemAt(6, 1, "invalid-attribute"),
    ]);
    expect(compileSnippet(reflection("maxlength=0")).problems).toEqual([
      problemAt(6, 1, "invalid-attribute"),
    ]);
    expect(compileSnippet(":::reflection\n::model[Efua.]\n:::\n").problems).toEqual([
      problemAt(6, 1, "missing-prompt"),
    ]);
  });
});
