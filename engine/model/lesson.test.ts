import { describe, expect, it } from "vitest";
import { compileFiles, lesson } from "../../tests/unit/support/in-memory-course.ts";

const compile = (body: string) => {
  const { model, report } = compileFiles({ "01-a/01-b.md": lesson(body) });
  return { model, problems: report.diagnostics.map(({ line, ruleId }) => `${line} ${ruleId}`) };
};

describe("lessons without content", () => {
  it.each([
    ["nothing", ""],
    ["only a comment", "<!-- to do -->\n"],
    ["only separators", "---\n\n---\n"],
    ["only a link definition", "[shop]: https://example.org\n"],
  ])("are an error, never a silently missing lesson: %s", (_name, body) => {
    const { model, problems } = compile(body);
    expect(model).toBeUndefined();
    expect(problems).toEqual(["5 empty-lesson"]);
  });
});

describe("empty screens", () => {
  it("are a warning at the separator to remove, and the other screens stay", () => {
    const { model, problems } = compile("One.\n\n---\n\n---\n\nTwo.\n\n---\n");
    expect(problems).toEqual(["11 empty-screen", "15 empty-screen"]);
    expect(model?.modules[0]?.lessons[0]?.screens).toHaveLength(2);
  });

  it("are not reported again when the screen's content already failed", () => {
    expect(compile("One.\n\n---\n\n:::quiz\nWhat?\n:::\n").problems).toEqual(["11 unknown-directive"]);
  });
});
