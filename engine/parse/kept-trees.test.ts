import type { Paragraph, Text } from "mdast";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { keepParsedTrees, parseMarkdown } from "./processor.ts";

const LESSON =
  "---\ntitle: Prices\n---\n\nA *clear* price at www.example.org.\n\n:::note\nSay it once.\n:::\n";
const firstText = (tree: ReturnType<typeof parseMarkdown>) =>
  ((tree.children[1] as Paragraph).children[0] as Text).value;

describe("kept parsed trees (the preview's re-compiles)", () => {
  it("gives an unchanged file a tree equal to a fresh parse, as a copy of its own", () => {
    const fresh = parseMarkdown(new VFile({ path: "a.md", value: LESSON }));
    keepParsedTrees();
    const first = parseMarkdown(new VFile({ path: "a.md", value: LESSON }));
    // The compiler changes trees: a change to one copy must not reach the next caller.
    (first.children[1] as Paragraph).children[0] = { type: "text", value: "changed" };
    const second = parseMarkdown(new VFile({ path: "a.md", value: LESSON }));
    expect(second).toEqual(fresh);
    expect(firstText(second)).toBe("A ");
    expect(second).not.toBe(first);
  });

  it("parses a changed file again", () => {
    keepParsedTrees();
    parseMarkdown(new VFile({ path: "a.md", value: LESSON }));
    const edited = parseMarkdown(new VFile({ path: "a.md", value: LESSON.replace("A *clear*", "One") }));
    expect(firstText(edited)).toBe("One price at ");
  });
});
