import { describe, expect, it } from "vitest";
import {
  MAX_EMPHASIS_MARKERS,
  MAX_HTML_NESTING,
  MAX_LINE_NESTING,
  MAX_SETEXT_HEADINGS,
} from "../../engine/source/limits.ts";
import { assertCompilerRobust } from "../fuzz/compiler-property.ts";
import { createGuardedCompiler } from "../fuzz/guarded-compile.ts";
import { BODY_LINE, compileLesson, LESSON } from "../fuzz/html-safety-support.ts";
import { courseEntries, seedFiles } from "../fuzz/seed-course.ts";

/** Fixed, so a failure here reproduces; `npm run fuzz` explores with random seeds. */
const SUITE_SEED = 20_261_125;
const SUITE_RUNS = 300;

describe("compiler under hostile input", () => {
  it("compiles the unmutated seed course without errors", async () => {
    const compiler = createGuardedCompiler();
    const outcome = await compiler.compile(courseEntries(seedFiles)).finally(() => compiler.close());
    expect(outcome).toMatchObject({ hung: false, thrown: undefined, hasModel: true });
    const errors = outcome.hung
      ? []
      : outcome.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    expect(errors).toEqual([]);
  });

  it(`keeps its contract on ${SUITE_RUNS} mutated courses (seed ${SUITE_SEED})`, async () => {
    await assertCompilerRobust({ runs: SUITE_RUNS, seed: SUITE_SEED });
  }, 120_000);
});

/** Inputs the fuzzer found that crashed, hung or went unlocated; each now gives a located error. */
describe("regressions found by fuzzing", () => {
  const errorsOf = (body: string) =>
    compileLesson(body).diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const at = (line: number, column: number, ruleId: string) =>
    expect.objectContaining({ file: `course/${LESSON}`, line: BODY_LINE + line - 1, column, ruleId });

  it("reports thousands of nested <div>s instead of overflowing the stack in the HTML parser", () => {
    expect(errorsOf("<div>".repeat(5_000))).toEqual([at(1, 1 + MAX_HTML_NESTING * 5, "nesting-too-deep")]);
  });

  it("counts inline tags across a paragraph (`a <span>x <span>x …`)", () => {
    expect(errorsOf(`a ${"<span>x ".repeat(2_000)}`)).toEqual([
      at(1, 3 + MAX_HTML_NESTING * 8, "nesting-too-deep"),
    ]);
  });

  it("reports thousands of unclosed `:::tip` lines before parsing (the parser took 28 s on 3,000)", () => {
    expect(errorsOf(":::tip\n".repeat(3_000))).toEqual([at(MAX_LINE_NESTING + 1, 1, "nesting-too-deep")]);
  });

  it("reports a list nested by indentation alone before parsing", () => {
    const deepList = Array.from({ length: 100 }, (_, level) => `${"  ".repeat(level)}- x`).join("\n");
    expect(errorsOf(deepList)).toEqual([at(2 * MAX_LINE_NESTING + 1, 1, "nesting-too-deep")]);
  });

  it("reports thousands of underlined headings before parsing (16,000 took 51 s of CPU)", () => {
    expect(errorsOf("a\n=\n".repeat(16_000))).toEqual([at(2 * MAX_SETEXT_HEADINGS + 2, 1, "file-too-large")]);
  });

  it("counts a `---` under text as a heading but not a `---` between screens", () => {
    const screens = "Text\n\n---\n\n".repeat(MAX_SETEXT_HEADINGS + 10);
    expect(errorsOf(screens).filter((error) => error.ruleId === "file-too-large")).toEqual([]);
  });

  it("reports thousands of emphasis markers in one paragraph before parsing (`**a*` over 48 KiB took 6 s)", () => {
    expect(errorsOf("**a*".repeat(12_000))).toEqual([at(1, 1, "file-too-large")]);
  });

  it("counts emphasis markers per paragraph, so many short paragraphs are fine", () => {
    const paragraphs = "Some *stress* and **more**.\n\n".repeat(MAX_EMPHASIS_MARKERS);
    expect(errorsOf(paragraphs).filter((error) => error.ruleId === "file-too-large")).toEqual([]);
  });

  it("reports HTML that makes the HTML parser throw (a tag left open in a directive in a list)", () => {
    const body = "- :::tip\n  <!-- c --> <A\n  \n  <kbd>K</kbd>";
    expect(errorsOf(body)).toContainEqual(at(2, 3, "unsafe-html"));
  });

  it("locates the empty-screen warning of a lesson that is one unclosed comment", () => {
    const { diagnostics } = compileLesson("<!--\nopen comment");
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
  });
});

describe("positions of nodes the parser makes up", () => {
  it("locates an unknown variable before a www. autolink after an unclosed `[` (its text had no position)", () => {
    const { diagnostics } = compileLesson("Price list [{{nope}} www.example.org");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: "unknown-variable", line: BODY_LINE, column: 13 }),
    );
  });
});
