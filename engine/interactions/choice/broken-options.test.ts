import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../parse/processor.ts";
import { compileSnippet, firstInteraction, problemAt } from "../testing.ts";
import { reportBrokenOptions } from "./broken-options.ts";
import { isTaskList } from "./options.ts";

const choice = (type: string, options: string) =>
  `:::${type}\nWhich price lets Efua keep a margin?\n\n${options}\n:::\n`;

/** What `reportBrokenOptions` says about a `:::single-choice` with these options, as `line:column reason`. */
function reasons(options: string): string[] {
  const file = new VFile({ path: "lesson.md", value: choice("single-choice", options) });
  const [node] = parseMarkdown(file).children;
  if (node?.type !== "containerDirective") throw new Error("expected the directive first");
  const broken = reportBrokenOptions(file, node, isTaskList, "an option");
  const messages = file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
  expect(broken).toBe(messages.length > 0);
  return messages;
}

describe("reportBrokenOptions", () => {
  it("reports `-[x]` and `-[ ]` (no space after the dash) at the typo, wherever Markdown put the line", () => {
    // Under an option's feedback the line continues the quote; first, it continues the question.
    expect(reasons("- [ ] GH₵ 20\n  > Too low.\n-[x] GH₵ 35\n  > Right.")).toEqual([
      "6:1 Unexpected `-[x]`, expected `- [x]` (a space after the dash) to mark an option",
    ]);
    expect(reasons("-[ ] GH₵ 20\n- [x] GH₵ 35")).toEqual([
      "4:1 Unexpected `-[ ]`, expected `- [ ]` (a space after the dash) to mark an option",
    ]);
  });

  it("reports `[x]` without a dash, other bullets and empty brackets", () => {
    expect(reasons("- [ ] GH₵ 20\n[x] GH₵ 35")).toEqual([
      "5:1 Unexpected `[x]`, expected `- [x]` (a dash and a space before it) to mark an option",
    ]);
    expect(reasons("* [x] GH₵ 35\n  > Right.\n  *[ ] GH₵ 20")).toEqual([
      "6:3 Unexpected `*[ ]`, expected `* [ ]` (a space after the `*`) to mark an option",
    ]);
    expect(reasons("- [x] GH₵ 35\n-[] GH₵ 20")).toEqual([
      "5:1 Unexpected `-[]`, expected `- [ ]` (a space after the dash and a space between the brackets) to mark an option",
    ]);
  });

  it("reports a change of bullet, which starts a second list", () => {
    expect(reasons("- [ ] GH₵ 20\n- [ ] GH₵ 25\n* [x] GH₵ 35")).toEqual([
      "6:1 Unexpected `*` after a list of `-` items, expected `-` for every option (a new bullet starts a new list)",
    ]);
  });

  it("accepts options written with `*` or `+`, and `[x]` inside a sentence", () => {
    expect(reasons("* [ ] GH₵ 20\n* [x] GH₵ 35")).toEqual([]);
    expect(reasons("+ [x] GH₵ 35\n  > Tick [x] when sure.\n+ [ ] GH₵ 20")).toEqual([]);
  });
});

describe("a broken option in an interaction", () => {
  it("is one located error, not a missing answer or missing options", () => {
    const lastTypo = "- [ ] GH₵ 20\n  > Too low.\n-[x] GH₵ 35";
    for (const type of ["single-choice", "multiple-response"]) {
      expect(compileSnippet(choice(type, lastTypo)).problems, type).toEqual([
        problemAt(11, 1, "malformed-option"),
      ]);
    }
    expect(compileSnippet(choice("single-choice", "-[ ] GH₵ 20\n-[x] GH₵ 35")).problems).toEqual([
      problemAt(9, 1, "malformed-option"),
      problemAt(10, 1, "malformed-option"),
    ]);
    expect(compileSnippet(choice("true-false", "- [x] True\n[ ] False")).problems).toEqual([
      problemAt(10, 1, "malformed-option"),
    ]);
    expect(compileSnippet(choice("fill-in", "- [x] 35\n-[ ] 20")).problems).toEqual([
      problemAt(10, 1, "malformed-option"),
    ]);
    expect(compileSnippet(choice("checklist", "- [ ] A price tag\n* [ ] A photo")).problems).toEqual([
      problemAt(10, 1, "malformed-option"),
    ]);
  });

  it("names a checkbox GFM did not read: `[]`, `[v]`, `[x]` with no space after it", () => {
    for (const option of ["- [] GH₵ 20", "- [v] GH₵ 20", "- [ ]GH₵ 20"]) {
      expect(compileSnippet(choice("single-choice", `- [x] GH₵ 35\n${option}`)).problems, option).toEqual([
        problemAt(10, 3, "malformed-option"),
      ]);
    }
    // The unread `[x]` was the right answer: no "without a correct answer" after it.
    for (const type of ["single-choice", "fill-in"]) {
      expect(compileSnippet(choice(type, "- [ ] 20\n- [x]35")).problems, type).toEqual([
        problemAt(10, 3, "malformed-option"),
      ]);
    }
  });

  it("leaves options written with `*` working", () => {
    const result = compileSnippet(choice("single-choice", "* [ ] GH₵ 20\n* [x] GH₵ 35"));
    expect(result.problems).toEqual([]);
    expect(firstInteraction(result)).toMatchObject({ options: [{ correct: false }, { correct: true }] });
  });
});
