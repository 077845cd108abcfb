import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const sequencing = (list: string, attributes = "") =>
  `:::sequencing{${attributes}}\nPut the steps of a MoMo merchant payment in order.\n\n${list}\n:::\n`;

const step = (value: string) => [
  { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] },
];

describe(":::sequencing", () => {
  it("reads the ordered list as the correct order, ids a…z", () => {
    const result = compileSnippet(
      sequencing("1. Dial the menu code\n2. Choose Pay merchant\n3. Confirm with your PIN"),
    );
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "sequencing",
      scoring: "all",
      steps: [
        { id: "a", content: step("Dial the menu code") },
        { id: "b", content: step("Choose Pay merchant") },
        { id: "c", content: step("Confirm with your PIN") },
      ],
    });
  });

  it("takes scoring=partial", () => {
    expect(firstInteraction(compileSnippet(sequencing("1. A\n2. B", "scoring=partial")))).toMatchObject({
      scoring: "partial",
    });
  });

  it("reports a bullet list instead of an ordered one", () => {
    expect(compileSnippet(sequencing("- A\n- B")).problems).toEqual([problemAt(6, 1, "invalid-interaction")]);
  });

  it("reports a single step", () => {
    expect(compileSnippet(sequencing("1. A")).problems).toEqual([problemAt(9, 1, "invalid-interaction")]);
  });

  it("reports more than 26 steps", () => {
    const list = Array.from({ length: 27 }, (_, index) => `${index + 1}. step ${index}`).join("\n");
    expect(compileSnippet(sequencing(list)).problems).toEqual([problemAt(9, 1, "too-many-items")]);
  });

  it("reports content after the list and a missing question", () => {
    expect(compileSnippet(sequencing("1. A\n2. B\n\nAnd then?")).problems).toEqual([
      problemAt(12, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(":::sequencing\n1. A\n2. B\n:::\n").problems).toEqual([
      problemAt(6, 1, "missing-prompt"),
    ]);
  });
});
