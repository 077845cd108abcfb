import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plainText } from "../../engine/interactions/plain-text.ts";
import { compileFiles, lesson } from "./support/in-memory-course.ts";

/**
 * What docs/authoring.md and docs/spec/interaction-syntax.md say about colons in prose, compiled:
 * each example the docs quote must appear there and do what they say.
 */
const DOCS = ["authoring.md", "spec/interaction-syntax.md"].map((name) => ({
  name,
  text: readFileSync(new URL(`../../docs/${name}`, import.meta.url), "utf8"),
}));

/** The lesson's first block as plain text, and its diagnostics as rule ids. */
function compileSentence(sentence: string): { shown: string; rules: string[] } {
  const { model, report } = compileFiles({ "01-basics/01-first.md": lesson(`${sentence}\n`) });
  const block = model?.modules[0]?.lessons[0]?.screens[0]?.blocks[0];
  return {
    shown: block?.kind === "prose" ? plainText(block.content) : "",
    rules: report.diagnostics.map((diagnostic) => diagnostic.ruleId).filter((id) => id !== "reading-level"),
  };
}

describe("colons in prose, as the docs describe them", () => {
  it.each(["8:30", "3:1", "note:this"])("`%s` is quoted by both docs and shown as written", (example) => {
    for (const doc of DOCS) expect(doc.text, doc.name).toContain(`\`${example}\``);
    expect(compileSentence(`Meet at ${example} today.`)).toEqual({
      shown: `Meet at ${example} today.`,
      rules: [],
    });
  });

  it("`see\\:this[1]` (both docs) shows `see:this[1]`, without the backslash", () => {
    for (const doc of DOCS) expect(doc.text, doc.name).toContain("`see\\:this[1]`");
    expect(compileSentence("Read see\\:this[1] now.")).toEqual({ shown: "Read see:this[1] now.", rules: [] });
  });

  it("a name followed by `[` or `{` is a directive: `:term[MoMo]`, or unknown-directive", () => {
    for (const doc of DOCS) expect(doc.text, doc.name).toMatch(/`:name\[…\]`|`:term\[MoMo\]`/);
    expect(compileSentence("Read note:this[1] now.").rules).toEqual(["unknown-directive"]);
    expect(compileSentence("Read note:this{id=x} now.").rules).toEqual(["unknown-directive"]);
  });
});
