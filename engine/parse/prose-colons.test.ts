import type { Nodes } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./processor.ts";

const parse = (markdown: string) => parseMarkdown(new VFile(markdown));

/** The text directives of a tree, as `:name`. */
function directives(markdown: string): string[] {
  const found: string[] = [];
  const stack: Nodes[] = [parse(markdown)];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "textDirective") found.push(`:${node.name}`);
    if ("children" in node) stack.push(...node.children);
  }
  return found.reverse();
}

describe("colons in prose", () => {
  it("keep `8:30`, `3:1` and `note:this` as one text node, as written", () => {
    const paragraph = parse("Open at 8:30, a 3:1 mix, note:this, Tel:0244 and 12:00:00.").children[0];
    expect(paragraph).toMatchObject({
      type: "paragraph",
      children: [{ type: "text", value: "Open at 8:30, a 3:1 mix, note:this, Tel:0244 and 12:00:00." }],
    });
  });

  it("keep them in headings, link text and image alt text, which are read as plain strings", () => {
    expect(mdastToString(parse("## Open at 8:30 or note:this"))).toBe("Open at 8:30 or note:this");
    expect(parse("![A clock at 8:30, note:this](clock.svg)").children[0]).toMatchObject({
      children: [{ type: "image", alt: "A clock at 8:30, note:this" }],
    });
    expect(mdastToString(parse("[Call at 8:30](https://example.org:8080/a)"))).toBe("Call at 8:30");
  });

  it("still start a text directive before a `[label]` or `{attributes}`, and `:term` alone", () => {
    expect(directives("See :term[MoMo], note:this[1], a:b{c=d} and long:term.")).toEqual([
      ":term",
      ":this",
      ":b",
      ":term",
    ]);
  });

  it("leave `::name` and escaped colons as remark-directive does", () => {
    expect(directives("A ::name[label] and 8\\:30 and see\\:this[1].")).toEqual([]);
    expect(mdastToString(parse("see\\:this[1]"))).toBe("see:this[1]");
  });

  it("leave a `:name{` whose attributes broke to the malformed-directive check", () => {
    expect(directives("Ask note:this{oops today.")).toEqual([":this"]);
  });
});
