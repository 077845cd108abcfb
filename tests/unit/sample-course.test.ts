import { beforeAll, describe, expect, it } from "vitest";
import { collectDiagnostics } from "../../engine/diagnostics/format.ts";
import { directiveSlices } from "../../engine/directives/registry.ts";
import { plainText } from "../../engine/interactions/plain-text.ts";
import { canonicalJson } from "../../engine/model/canonical-json.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import type { Block, CourseModel } from "../../engine/model/schema.ts";
import { readCourse } from "../../engine/source/read-course.ts";

const SAMPLE = new URL("../../course-src/sample/", import.meta.url).pathname;

/** The directive each block was written with, nested blocks included. */
function directiveNames(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "interaction":
        return [block.type];
      case "callout":
        return [block.variant, ...directiveNames(block.content)];
      case "panels":
        return [block.variant, ...block.panels.flatMap((panel) => directiveNames(panel.content))];
      case "audio":
      case "video":
        return [block.kind];
      default:
        return [];
    }
  });
}

function allBlocks(model: CourseModel): Block[] {
  return [
    ...model.intro,
    ...model.modules.flatMap((module) => [
      ...module.lessons.flatMap((lesson) => lesson.screens.flatMap((screen) => screen.blocks)),
      ...module.bank,
    ]),
  ];
}

describe("course-src/sample", () => {
  let compiled: ReturnType<typeof compileCourse>;
  beforeAll(async () => {
    compiled = compileCourse(await readCourse(SAMPLE));
  });

  it("compiles without errors or warnings", () => {
    expect(collectDiagnostics(compiled.files).diagnostics).toEqual([]);
    expect(compiled.model?.id).toBe("sample");
  });

  it("uses every directive in the registry", () => {
    const { model } = compiled;
    const used = new Set(model ? directiveNames(allBlocks(model)) : []);
    expect([...directiveSlices.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it("shows the other constructs: decorative and captioned images, glossary terms, lesson links, revisit", () => {
    const { model } = compiled;
    const blocks = model ? allBlocks(model) : [];
    const json = canonicalJson(blocks);
    expect(blocks.some((block) => block.kind === "image" && block.alt === "")).toBe(true);
    expect(blocks.some((block) => block.kind === "image" && block.caption.length > 0)).toBe(true);
    expect(json).toContain('"dataTerm"');
    expect(json).toContain('"dataLesson"');
    expect(model?.glossary.length).toBeGreaterThan(0);
    const bank = model?.modules.flatMap((module) => module.bank) ?? [];
    expect(bank.length).toBeGreaterThan(0);
    expect(bank.filter((item) => item.revisit === undefined)).toEqual([]);
  });

  it("opens no lesson with a heading that repeats the lesson's title just above it", () => {
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const repeats = (compiled.model?.modules ?? [])
      .flatMap((module) => module.lessons)
      .filter((lesson) => {
        const first = lesson.screens[0]?.blocks[0];
        const heading = first?.kind === "prose" ? first.content[0] : undefined;
        return (
          heading?.type === "element" &&
          /^h[2-6]$/.test(heading.tagName) &&
          words(plainText([heading])) === words(lesson.title)
        );
      })
      .map((lesson) => lesson.title);
    expect(repeats).toEqual([]);
  });
});
