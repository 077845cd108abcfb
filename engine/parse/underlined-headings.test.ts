import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./processor.ts";
import { checkUnderlinedHeadings } from "./underlined-headings.ts";

/** The underlined-heading warnings of a file, as `line:column reason`. */
function warnings(markdown: string): string[] {
  const file = new VFile({ path: "lesson.md", value: markdown });
  checkUnderlinedHeadings(file, parseMarkdown(file));
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
}

describe("checkUnderlinedHeadings", () => {
  it("warns at a `---` right under a paragraph, which made it a heading", () => {
    expect(warnings("Efua's costs are GH₵ 25.\n---\n\n## Add the fees\n")).toEqual([
      "2:1 Unexpected `---` right under a line of text, which makes that text a heading; expected a blank line before `---` for a separator, or `## ` before the text for a heading",
    ]);
  });

  it("warns at `===` too, and finds the underline inside quotes and list items", () => {
    expect(warnings("Prices\n======\n")).toEqual([
      "2:1 Unexpected `======` right under a line of text, which makes that text a heading; expected `# ` before the text for a heading",
    ]);
    expect(
      warnings("> A quote\n> ---\n\n- An item\n  -----\n").map((warning) => warning.slice(0, 19)),
    ).toEqual(["2:3 Unexpected `---", "5:3 Unexpected `---"]);
  });

  it("leaves `#` headings, separators after a blank line, frontmatter and tables alone", () => {
    expect(
      warnings(
        "---\ntitle: Prices\n---\n\n## Add the fees\n\nText.\n\n---\n\n# Top ---\n\n| a | b |\n| --- | --- |\n",
      ),
    ).toEqual([]);
  });
});
