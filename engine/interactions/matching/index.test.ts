import { describe, expect, it } from "vitest";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";

const matching = (rows: string, attributes = "") => `:::matching{${attributes}}
Match each problem with its fix.

| Problem | Fix |
| --- | --- |
${rows}
:::
`;

const cell = (value: string) => [
  { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] },
];

describe(":::matching", () => {
  it("pairs sources 1…9 with targets a…z; an empty left cell adds a distractor; equal right cells share a target", () => {
    const result = compileSnippet(
      matching(
        "| Dark photo | Use daylight |\n| Messy background | Use a plain cloth |\n| Shadow on the dress | Use daylight |\n|  | Add a filter |",
        "scoring=partial",
      ),
    );
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({
      type: "matching",
      scoring: "partial",
      labels: { source: cell("Problem"), target: cell("Fix") },
      sources: [
        { id: "1", content: cell("Dark photo"), target: "a" },
        { id: "2", content: cell("Messy background"), target: "b" },
        { id: "3", content: cell("Shadow on the dress"), target: "a" },
      ],
      targets: [
        { id: "a", content: cell("Use daylight") },
        { id: "b", content: cell("Use a plain cloth") },
        { id: "c", content: cell("Add a filter") },
      ],
    });
  });

  it("scores all-or-nothing by default", () => {
    const interaction = firstInteraction(compileSnippet(matching("| A | 1 |\n| B | 2 |")));
    expect(interaction).toMatchObject({ scoring: "all" });
  });

  it("reports a row without a right cell", () => {
    expect(compileSnippet(matching("| A | 1 |\n| B | 2 |\n| C |  |")).problems).toEqual([
      problemAt(13, 1, "invalid-interaction"),
    ]);
  });

  it("reports fewer than 2 pairs", () => {
    expect(compileSnippet(matching("| A | 1 |\n|  | 2 |")).problems).toEqual([
      problemAt(9, 1, "invalid-interaction"),
    ]);
  });

  it("reports more than 9 rows", () => {
    const rows = Array.from({ length: 10 }, (_, index) => `| item ${index} | match ${index} |`).join("\n");
    expect(compileSnippet(matching(rows)).problems).toEqual([problemAt(9, 1, "too-many-items")]);
  });

  it("reports a missing table and an invalid scoring", () => {
    expect(compileSnippet(":::matching\nMatch them.\n:::\n").problems).toEqual([
      problemAt(6, 1, "invalid-interaction"),
    ]);
    expect(compileSnippet(matching("| A | 1 |\n| B | 2 |", "scoring=some")).problems).toEqual([
      problemAt(6, 1, "invalid-attribute"),
    ]);
  });
});
