import { describe, expect, it } from "vitest";
import { buildCourse, courseMd, lessonMd } from "../machines/testing/course-fixture.ts";
import { courseModelSchema } from "./schema.ts";

const modules = (courseSettings: string, notesFrontmatter: string) =>
  buildCourse({
    "course.md": courseMd(courseSettings),
    "01-intro/01-hello.md": lessonMd("Hello", "Hi."),
    "02-notes/module.md": `---\n${notesFrontmatter}---\n`,
    "02-notes/01-notes.md": lessonMd("Notes", "Write prices down."),
  }).modules.map((module) => [module.id, module.grade]);

describe("module.grade in the model", () => {
  it("is the course's grade unless the module sets its own", () => {
    expect(modules("", "title: Notes\n")).toEqual([
      ["intro", "completion"],
      ["notes", "completion"],
    ]);
    expect(modules("grade: none\n", "title: Notes\n")).toEqual([
      ["intro", "none"],
      ["notes", "none"],
    ]);
    expect(modules("grade: none\n", "grade: completion\n")).toEqual([
      ["intro", "none"],
      ["notes", "completion"],
    ]);
  });

  it("stays out of the course's own fields, and a model written before it still reads", () => {
    const model = buildCourse({ "01-intro/01-hello.md": lessonMd("Hello", "Hi.") });
    expect(model).not.toHaveProperty("grade");
    const before = model.modules.map(({ grade: _added, ...module }) => module);
    const parsed = courseModelSchema.parse({ ...model, modules: before });
    expect(parsed.modules.map((module) => module.grade)).toEqual(["completion"]);
  });
});
