import type { Position } from "unist";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import type { CourseSource } from "../source/course-source.ts";
import { createOffsetLocator } from "./positions.ts";
import type { CourseModel } from "./schema.ts";

/** The `id:` line of a course.md's frontmatter (1:1 when it cannot be found). */
function idPlace(file: VFile): Position | undefined {
  const text = String(file.value);
  const match = /^id:[ \t]*(.*)$/m.exec(text);
  if (!match) return undefined;
  const toPoint = createOffsetLocator(text, { line: 1, column: 1 });
  return { start: toPoint(match.index), end: toPoint(match.index + match[0].length) };
}

/**
 * Courses built together must have different ids: their model files and packages are named by id
 * and would overwrite each other. Reports each later course at its `id:` line.
 */
export function reportDuplicateCourseIds(
  courses: ReadonlyArray<{ model: CourseModel; source: CourseSource }>,
): void {
  const first = new Map<string, VFile>();
  for (const { model, source } of courses) {
    const file = source.files.find((candidate) => candidate.data.coursePath === "course.md");
    if (!file) continue;
    const previous = first.get(model.id);
    if (!previous) first.set(model.id, file);
    else {
      report(
        file,
        "duplicate-id",
        `Duplicate course id \`${model.id}\`, already used by ${previous.path}`,
        idPlace(file) ?? { line: 1, column: 1 },
      );
    }
  }
}
