import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../model/compile-course.ts";
import type { CourseModel } from "../model/schema.ts";
import { readCourse } from "../source/read-course.ts";
import { formatScope, type PlayerScope, parseScope, trimCourse } from "./scope.ts";

describe("scope attribute", () => {
  const scopes: PlayerScope[] = [
    { kind: "course" },
    { kind: "module", moduleId: "getting_started" },
    { kind: "lesson", lessonId: "getting_started.welcome" },
    { kind: "assessment" },
  ];
  it.each(scopes)("round-trips %o", (scope) => {
    expect(parseScope(formatScope(scope))).toEqual(scope);
  });
  it("reads a missing or unknown value as the whole course", () => {
    expect(parseScope(undefined)).toEqual({ kind: "course" });
    expect(parseScope("module:")).toEqual({ kind: "course" });
  });
});

describe("trimCourse", () => {
  let course: CourseModel;
  beforeAll(async () => {
    const { model } = compileCourse(await readCourse("course-src/sample"));
    if (!model) throw new Error("the sample must compile");
    course = model;
  });
  const contentOf = (trimmed: CourseModel) =>
    JSON.stringify({ ...trimmed, glossary: [], media: [] }) + JSON.stringify(trimmed.glossary);

  it("keeps a module without its bank, with only the glossary terms and media its content names", () => {
    for (const module of course.modules) {
      const trimmed = trimCourse(course, { kind: "module", moduleId: module.id });
      expect(trimmed.modules.map((kept) => [kept.id, kept.bank])).toEqual([[module.id, []]]);
      const content = contentOf(trimmed);
      for (const term of trimmed.glossary) expect(content).toContain(`"dataTerm":"${term.id}"`);
      for (const file of trimmed.media) expect(content).toContain(JSON.stringify(file.path));
      const dropped = course.glossary.filter((term) => !trimmed.glossary.includes(term));
      for (const term of dropped) expect(content).not.toContain(`"dataTerm":"${term.id}"`);
    }
  });

  it("leaves out the objectives the player never shows, in every scope", () => {
    for (const scope of [{ kind: "course" }, { kind: "assessment" }] as const) {
      const trimmed = trimCourse(course, scope);
      const json = JSON.stringify(trimmed);
      for (const objective of course.modules.flatMap((module) =>
        module.lessons.map((lesson) => lesson.objective),
      ))
        expect(json).not.toContain(JSON.stringify(objective));
      expect(trimmed.objectives).toEqual([]);
      expect(trimmed.modules.flatMap((module) => module.objectives)).toEqual([]);
    }
  });

  it("leaves out the course's and modules' covers and their pictures (the web edition's, never a package's)", () => {
    const cover = { src: "media/cover.jpg", alt: "A market stall" };
    const withCovers: CourseModel = {
      ...course,
      cover,
      modules: course.modules.map((module) => ({ ...module, cover })),
      media: [...course.media, { path: cover.src, bytes: 1, sha256: "0" }],
    };
    for (const scope of [{ kind: "course" }, { kind: "assessment" }] as const) {
      const json = JSON.stringify(trimCourse(withCovers, scope));
      expect(json).not.toContain(cover.src);
      expect(json).not.toContain(cover.alt);
    }
  });

  it("keeps every term and media file the whole course names", () => {
    const trimmed = trimCourse(course, { kind: "course" });
    expect(trimmed.modules.map((module) => module.lessons.map((lesson) => lesson.screens))).toEqual(
      course.modules.map((module) => module.lessons.map((lesson) => lesson.screens)),
    );
    expect(trimmed.glossary.length).toBeGreaterThan(0);
    const content = contentOf(course);
    expect(trimmed.glossary).toEqual(
      course.glossary.filter((term) => content.includes(`"dataTerm":"${term.id}"`)),
    );
  });
});
