import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { findDirectiveBreak, scanAttributes } from "./directive-syntax.ts";
import { parseMarkdown } from "./processor.ts";

/** Where the scan says a line breaks, as the text from that character on. */
const breakOf = (line: string) => {
  const found = findDirectiveBreak(line);
  return found && { at: line.slice(found.index), message: found.message, note: found.note };
};

describe("findDirectiveBreak", () => {
  it.each([
    ":::single-choice",
    ":::single-choice{id=price_check attempts=2 required}",
    ":::numeric{answer=12.5 unit=\"GH₵\" tolerance='0.5'}  ",
    "::hint[Add [the] costs \\]]",
    "::region[Tag]{x=10 y=60 w=30 h=15 correct}",
    ":::tip{#intro .wide}",
  ])("accepts %s, as remark-directive does", (line) => {
    expect(findDirectiveBreak(line)).toBeUndefined();
    expect(parseMarkdown(new VFile(line)).children[0]?.type).toMatch(/Directive$/);
  });

  it.each([
    [
      ':::single-choice{id="x\\" attempts=2"}',
      '"}',
      'Unexpected `"` in the value of `attempts`, expected a space or `}`',
    ],
    [
      ':::single-choice{id="x}',
      '"x}',
      'Unclosed `"` in the value of `id`, expected a closing `"` on the same line',
    ],
    ["::hint[Add the costs", "[Add the costs", "Unclosed `[` of the label, expected `]` on the same line"],
    [
      '::ending{outcome="best"x}',
      "x}",
      "Unexpected `x` after the quoted value of `outcome`, expected a space or `}`",
    ],
    ["::ending{outcome=}", "}", "Unexpected `}` after `outcome=`, expected a value"],
    ["::ending{outcome=best", "", "Unexpected end of the line, expected an attribute name or `}`"],
    [":::tip{#}", "}", "Unexpected `}` after `#`, expected a name"],
    [":::tip{} Come early", "Come early", "Unexpected `C` after the directive, expected the end of the line"],
  ])("finds where %s breaks", (line, at, message) => {
    expect(breakOf(line)).toMatchObject({ at, message });
    expect(parseMarkdown(new VFile(line)).children[0]?.type).toBe("paragraph");
  });

  it("says that a backslash does not escape a quote when the value held one", () => {
    expect(breakOf(':::single-choice{id="x\\" attempts=2"}')?.note).toContain("`&quot;`");
    expect(breakOf(':::single-choice{id=x"}')?.note).toBeUndefined();
  });
});

describe("scanAttributes", () => {
  it("lets the attributes of a text directive span lines", () => {
    expect(scanAttributes('{id="a"\nrequired}', 0, true)).toBe(17);
    expect(scanAttributes('{id="a\n}', 0, false)).toMatchObject({ index: 4 });
  });
});
