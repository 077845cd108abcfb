import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const statement = (options: string) =>
  `:::true-false\n40 plates at GH₵ 15 make GH₵ 600.\n\n${options}\n:::\n`;

describe(":::true-false", () => {
  it("reads two options, true first", () => {
    const result = compileSnippet(statement("- [x] True\n- [ ] False"));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "true-false",
      options: [
        { id: "a", correct: true },
        { id: "b", correct: false },
      ],
    });
  });

  it("reports other than two options, none right and both right", () => {
    expect(compileSnippet(statement("- [x] True\n- [ ] False\n- [ ] Maybe")).problems).toEqual([
      problemAt(6, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(statement("- [ ] True\n- [ ] False")).problems).toEqual([
      problemAt(6, 1, "missing-correct-answer"),
    ]);
    expect(compileSnippet(statement("- [x] True\n- [x] False")).problems).toEqual([
      problemAt(6, 1, "too-many-correct-answers"),
    ]);
  });
});
