import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const choice = (options: string) => `:::single-choice\nWhat should Ama charge?\n\n${options}\n:::\n`;

describe(":::single-choice", () => {
  it("reads options a…z with their feedback and the one right answer", () => {
    const result = compileSnippet(choice("- [ ] GH₵ 5\n  > Too low.\n- [x] GH₵ 12.50"));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "single-choice",
      id: "shop.prices.single_choice_1",
      options: [
        { id: "a", correct: false, feedback: [{ tagName: "p" }] },
        { id: "b", correct: true, feedback: [] },
      ],
    });
  });

  it("reports no, or several, correct options and a single option", () => {
    expect(compileSnippet(choice("- [ ] A\n- [ ] B")).problems).toEqual([
      problemAt(6, 1, "missing-correct-answer"),
    ]);
    expect(compileSnippet(choice("- [x] A\n- [x] B")).problems).toEqual([
      problemAt(6, 1, "too-many-correct-answers"),
    ]);
    expect(compileSnippet(choice("- [x] A")).problems).toEqual([problemAt(6, 1, "invalid-interaction")]);
  });

  it("reports an option without a checkbox, other content in an option and more than 26 options", () => {
    expect(compileSnippet(choice("- [x] A\n- B")).problems).toEqual([
      problemAt(10, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(choice("- [x] A\n\n  Note.\n- [ ] B")).problems).toEqual([
      problemAt(11, 3, "invalid-interaction"),
    ]);
    const many = Array.from({ length: 27 }, (_, index) => `- [${index === 0 ? "x" : " "}] option ${index}`);
    expect(compileSnippet(choice(many.join("\n"))).problems).toEqual([problemAt(9, 1, "too-many-items")]);
  });
});
