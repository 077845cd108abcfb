import { describe, expect, it } from "vitest";
import type { CourseModel } from "../../engine/model/schema.ts";
import { packageParts, TITLE_MAX } from "./parts.ts";

const module = (id: string, scored: boolean, bank: unknown[] = []) =>
  ({
    id,
    title: `Module ${id}`,
    objectives: [],
    scored,
    lessons: [],
    bank,
    recordSize: 10,
  }) as unknown as CourseModel["modules"][number];

const course = (modules: CourseModel["modules"], title = "Selling online") =>
  ({
    id: "shop",
    title,
    modules,
    assessment: { passMark: 70, perModule: 2, attempts: 0, shuffleOptions: true },
  }) as unknown as CourseModel;

describe("packageParts", () => {
  it("gives a module its pass mark only when it is scored, and adds the assessment when a bank exists", () => {
    const parts = packageParts(course([module("a", false), module("b", true, [{}])]), "module");
    expect(parts.map(({ name, masteryScore, moduleId }) => [name, masteryScore, moduleId])).toEqual([
      ["shop--a", undefined, "a"],
      ["shop--b", 70, "b"],
      ["shop--assessment", 70, null],
    ]);
  });

  it("makes one course package, scored only when the course has an assessment", () => {
    expect(packageParts(course([module("a", false)]), "course")).toMatchObject([
      { name: "shop", masteryScore: undefined, scope: { kind: "course" } },
    ]);
    expect(packageParts(course([module("a", false, [{}])]), "course")[0]?.masteryScore).toBe(70);
  });

  it("keeps titles within 200 characters", () => {
    const [part] = packageParts(course([module("a", false)], "T".repeat(199)), "module");
    expect(part?.title.length).toBe(TITLE_MAX);
    expect(part?.title.endsWith("…")).toBe(true);
  });
});
