import { describe, expect, it } from "vitest";
import { compileModel, lesson } from "../../tests/unit/support/in-memory-course.ts";
import type { CourseModel } from "./schema.ts";

const MARKDOWN = "A *b* c.\n\n- [ ] one\n- [x] two\n\nSee the note.[^1]\n\n[^1]: A footnote.\n";

const proseOf = (model: CourseModel) =>
  model.modules[0]?.lessons[0]?.screens[0]?.blocks.flatMap((block) =>
    block.kind === "prose" ? block.content : [],
  ) ?? [];

describe("rich text", () => {
  it("is the same whether or not raw HTML elsewhere makes the compiler parse HTML", () => {
    const markdownOnly = proseOf(compileModel({ "01-a/01-b.md": lesson(MARKDOWN) }));
    const withHtml = proseOf(
      compileModel({ "01-a/01-b.md": lesson(`${MARKDOWN}\nPress <kbd>Next</kbd>.\n`) }),
    );
    // The same blocks, with the HTML paragraph before the footnotes section.
    expect(withHtml.slice(0, markdownOnly.length - 1)).toEqual(markdownOnly.slice(0, -1));
    expect(withHtml.at(-1)).toEqual(markdownOnly.at(-1));
    expect(JSON.stringify(withHtml)).toContain('"tagName":"kbd"');
  });

  it("leaves out false booleans and merges adjacent text", () => {
    const json = JSON.stringify(proseOf(compileModel({ "01-a/01-b.md": lesson(MARKDOWN) })));
    expect(json).not.toContain("false");
    expect(json).toContain('{"type":"text","value":"A "}');
  });
});
