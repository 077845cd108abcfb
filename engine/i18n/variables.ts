import { VFile } from "vfile";
import { readFrontmatter } from "../model/frontmatter.ts";
import { courseFrontmatterSchema } from "../model/frontmatter-schemas.ts";
import { parseFile } from "../model/parse-file.ts";
import type { CourseSource } from "../source/course-source.ts";

/** The course's variables by name, as their values appear in the compiled text. */
export function courseVariables(source: CourseSource): Map<string, string> {
  const courseFile = source.files.find((file) => file.data.coursePath === "course.md");
  if (!courseFile) return new Map();
  // A scratch copy: course.md was checked when the course compiled; nothing is reported twice.
  const scratch = new VFile({ path: courseFile.path, value: courseFile.value });
  const tree = parseFile(scratch);
  const frontmatter = tree && readFrontmatter(scratch, tree, courseFrontmatterSchema, { required: true });
  return new Map(Object.entries(frontmatter?.variables ?? {}).map(([name, value]) => [name, String(value)]));
}
