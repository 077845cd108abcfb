import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { checkBrokenDirectives } from "./broken-directives.ts";
import { parseMarkdown } from "./processor.ts";

/** The malformed-directive reports of a file, as `line:column reason`. */
function problems(markdown: string): string[] {
  const file = new VFile({ path: "lesson.md", value: markdown });
  checkBrokenDirectives(file, parseMarkdown(file));
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
}

describe("checkBrokenDirectives", () => {
  it("reports a directive line that became text, at the character that broke it", () => {
    expect(
      problems('Intro.\n\n:::single-choice{id="x\\" attempts=2"}\nWhat?\n\n- [x] A\n- [ ] B\n:::\n'),
    ).toEqual([
      '3:36 Unexpected `"` in the value of `attempts`, expected a space or `}`: the line `:::single-choice…` was read as text (a backslash does not escape a quote; write `&quot;` or quote with the other mark)',
    ]);
  });

  it("finds one inside a quote or list item and after other lines of a paragraph", () => {
    expect(problems("> :::tip{#}\n> Quoted.\n")).toEqual([
      "1:11 Unexpected `}` after `#`, expected a name: the line `:::tip…` was read as text",
    ]);
    expect(problems("- Item\n  ::hint[Open\n")).toEqual([
      "2:9 Unclosed `[` of the label, expected `]` on the same line: the line `::hint…` was read as text",
    ]);
  });

  it("reports broken attributes after a text directive, which the parser leaves as text", () => {
    expect(problems('Ask about the :term[price]{id="a} today.\n')).toEqual([
      '1:31 Unclosed `"` in the value of `id`, expected a closing `"`: `{…}` after `:term` was read as text',
    ]);
  });

  it("leaves valid directives and prose that only looks alike alone", () => {
    expect(
      problems(
        ":::tip{#intro}\nCome early.\n:::\n\n::1 is the loopback address.\n\nA :term[price]{#price} tag.\n",
      ),
    ).toEqual([]);
  });
});
