import { collectDiagnostics, type DiagnosticReport } from "../../../engine/diagnostics/format.ts";
import { type CompileResult, compileCourse } from "../../../engine/model/compile-course.ts";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { createCourseSource, type SourceEntry } from "../../../engine/source/course-source.ts";

/** A course in memory: course path → text (or bytes, for media). */
export type CourseFiles = Readonly<Record<string, string | Uint8Array>>;

export const COURSE_FRONTMATTER = `---
id: demo
title: Demo course
lang: en
iriBase: https://learn.example.org/courses
version: 1.0.0
licence: CC-BY-4.0
description: A course for tests.
objectives:
  - Learn one thing
variables:
  shop_name: "Ama's Tailoring"
  price: 12.5
---
`;

export const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n';

/** A lesson file: valid frontmatter, then the body. */
export function lesson(body: string, title = "A lesson"): string {
  return `---\ntitle: ${title}\nobjective: Learn one thing.\nminutes: 3\n---\n\n${body}`;
}

export function toEntries(files: CourseFiles): SourceEntry[] {
  return Object.entries(files).map(([coursePath, content]) => {
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    return { coursePath, size: bytes.byteLength, bytes };
  });
}

export interface Compiled extends CompileResult {
  report: DiagnosticReport;
}

/** Compiles a course given as files (course.md added when absent); paths as the author sees them. */
export function compileFiles(files: CourseFiles): Compiled {
  const withCourse = "course.md" in files ? files : { "course.md": COURSE_FRONTMATTER, ...files };
  const result = compileCourse(createCourseSource(".", toEntries(withCourse)));
  return { ...result, report: collectDiagnostics(result.files, "/") };
}

/** Compiles and expects success; a failure shows the diagnostics. */
export function compileModel(files: CourseFiles): CourseModel {
  const { model, report } = compileFiles(files);
  if (!model)
    throw new Error(`Expected the course to compile:\n${JSON.stringify(report.diagnostics, null, 2)}`);
  return model;
}
