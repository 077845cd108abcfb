import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const choice = (options: string, attributes = "") =>
  `:::multiple-response{${attributes}}\nWhich help customers trust Kojo's shop?\n\n${options}\n:::\n`;

describe(":::multiple-response", () => {
  it("reads several right options and the scoring", () => {
    const result = compileSnippet(choice("- [x] Photos\n- [x] Reviews\n- [ ] Pay first", "scoring=partial"));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "multiple-response",
      scoring: "partial",
      options: [{ correct: true }, { correct: true }, { correct: false }],
    });
  });

  it("reports no correct option, a single option and an unknown scoring", () => {
    expect(compileSnippet(choice("- [ ] A\n- [ ] B")).problems).toEqual([
      problemAt(6, 1, "missing-correct-answer"),
    ]);
    expect(compileSnippet(choice("- [x] A")).problems).toEqual([problemAt(6, 1, "invalid-interaction")]);
    expect(compileSnippet(choice("- [x] A\n- [ ] B", "scoring=most")).problems).toEqual([
      problemAt(6, 1, "invalid-attribute"),
    ]);
  });
});
