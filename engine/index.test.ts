import { describe, expect, expectTypeOf, it } from "vitest";
import type { CompileResult, CourseModel, DiagnosticReport, RuleId, SourceEntry } from "./index.ts";
import * as engine from "./index.ts";

describe("engine public surface", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(engine).sort()).toEqual([
      "canonicalJson",
      "collectDiagnostics",
      "compileCourse",
      "courseModelSchema",
      "createCourseSource",
      "formatHuman",
      "formatJson",
      "readCourse",
      "rules",
    ]);
  });

  it("compiles a course given in memory end to end", () => {
    const text = (value: string): SourceEntry => {
      const bytes = new TextEncoder().encode(value);
      return { coursePath: "", size: bytes.byteLength, bytes };
    };
    const course = text(
      "---\nid: tiny\ntitle: Tiny\nlang: en\nversion: 1.0.0\nlicence: MIT\ndescription: Tiny.\nobjectives: [One]\n---\n",
    );
    const lesson = text("---\ntitle: Hi\nobjective: Say hi.\nminutes: 1\n---\n\nHello.\n");
    const source = engine.createCourseSource("tiny", [
      { ...course, coursePath: "course.md" },
      { ...lesson, coursePath: "01-start/01-hello.md" },
    ]);
    const result: CompileResult = engine.compileCourse(source);
    const report: DiagnosticReport = engine.collectDiagnostics(result.files);
    expect(engine.formatHuman(report)).toBe("No problems found.\n");
    expect(JSON.parse(engine.formatJson(report))).toEqual({
      diagnostics: [],
      summary: { errors: 0, warnings: 0 },
    });
    const model: CourseModel = engine.courseModelSchema.parse(JSON.parse(engine.canonicalJson(result.model)));
    expect(model.modules[0]?.lessons[0]?.id).toBe("start.hello");
    expectTypeOf<"duplicate-id">().toExtend<RuleId>();
  });
});
