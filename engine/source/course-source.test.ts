import { describe, expect, it } from "vitest";
import { collectDiagnostics } from "../diagnostics/format.ts";
import { compileCourse } from "../model/compile-course.ts";
import { createCourseSource, type SourceEntry } from "./course-source.ts";
import { MAX_FILES, MAX_MEDIA_BYTES } from "./limits.ts";

const entry = (coursePath: string, text = "x"): SourceEntry => {
  const bytes = new TextEncoder().encode(text);
  return { coursePath, size: bytes.byteLength, bytes };
};

describe("createCourseSource", () => {
  it("over the file limit keeps course.md alone with one error, whatever sorts first", () => {
    const lessons = Array.from({ length: MAX_FILES }, (_, index) => entry(`01-a/${10000 + index}-x.md`));
    const source = createCourseSource("shop", [...lessons, entry("course.md"), entry("glossary.md")]);
    expect(source.tooManyFiles).toBe(true);
    expect(source.files.map((file) => file.path)).toEqual(["shop/course.md"]);
    const { model, files } = compileCourse(source);
    expect(model).toBeUndefined();
    expect(collectDiagnostics(files, "/").diagnostics).toMatchObject([
      {
        file: "shop/course.md",
        line: 1,
        column: 1,
        ruleId: "too-many-files",
        message: `Unexpected ${MAX_FILES + 2} files in the course folder, expected at most ${MAX_FILES}`,
      },
    ]);
  });

  it("does not count excluded entries towards the limit, and keeps them by path", () => {
    const hidden = Array.from({ length: MAX_FILES }, (_, index) => ({
      ...entry(`.cache/${index}`, ""),
      excluded: "hidden" as const,
    }));
    const source = createCourseSource(".", [entry("course.md"), ...hidden]);
    expect(source.tooManyFiles).toBe(false);
    expect(source.excluded.get(".cache/0")?.excluded).toBe("hidden");
  });

  it("reports a linked lesson or course.md instead of dropping it, but not a linked note or media file", () => {
    const link = (coursePath: string): SourceEntry => ({
      ...entry(coursePath, ""),
      excluded: "symbolic-link",
    });
    const source = createCourseSource("shop", [
      link("course.md"),
      link("01-a/01-b.md"),
      link("README.md"),
      link("media/notes.md"),
    ]);
    expect(source.files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ["shop/01-a/01-b.md", ["unusable-file"]],
      ["shop/course.md", ["unusable-file"]],
    ]);
    expect([...source.excluded.keys()]).toEqual(["README.md", "media/notes.md"]);
  });

  it("sets media over the size limit aside as too large", () => {
    const big = { coursePath: "media/tour.wav", size: MAX_MEDIA_BYTES + 1, bytes: new Uint8Array(0) };
    const source = createCourseSource(".", [entry("course.md"), big]);
    expect(source.media.has("media/tour.wav")).toBe(false);
    expect(source.excluded.get("media/tour.wav")?.excluded).toBe("too-large");
  });
});
