import { describe, expect, it } from "vitest";
import { compileFiles, lesson } from "../../tests/unit/support/in-memory-course.ts";

const problems = (body: string) =>
  compileFiles({ "01-a/01-b.md": lesson(body) }).report.diagnostics.map(
    ({ line, column, ruleId, message }) => `${line}:${column} ${ruleId}: ${message}`,
  );

describe("unclosed directives", () => {
  it("are reported at the opening line, with the fence as written", () => {
    expect(problems("Intro.\n\n::::accordion\n### A\n\n:::tip\nx\n:::\n")).toEqual([
      "9:1 unclosed-directive: Unclosed `::::accordion`, expected a closing `::::` line",
    ]);
  });

  const question = ":::single-choice\nHow many?\n\n- [x] Two\n- [ ] Three\n:::\n";
  it.each([
    [":::tip\nCount first.\n", "`:::tip`", 12, "`::::tip`"],
    [":::accordion\n### Jars\nCount first.\n", "`:::accordion`", 13, "`::::accordion`"],
  ])(
    "are reported where they open when the next block's fence closed them, that block read on its own: %j",
    (block, name, line, longer) => {
      expect(problems(`Intro.\n\n${block}\n${question}`)).toEqual([
        `9:1 unclosed-directive: Unclosed ${name}, expected a closing \`:::\` line before \`:::single-choice\` on line ${line}, or a longer fence (${longer}) around it`,
      ]);
    },
  );

  it("are not reported when closed, nested ones included", () => {
    expect(problems("Intro.\n\n::::accordion\n### A\n\n:::tip\nx\n:::\n::::\n")).toEqual([]);
  });
});

describe("nesting limits", () => {
  it("stop a file with pathological quote nesting before parsing, at the line", () => {
    expect(problems(`Intro.\n\n${">".repeat(40)} deep\n`)).toEqual([
      "9:1 nesting-too-deep: Unexpected nesting 40 levels deep, expected at most 32",
    ]);
  });
});
