import path from "node:path";
import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseSource } from "../../engine/source/course-source.ts";
import { findCourseDirs, readCourse } from "../../engine/source/read-course.ts";

/** The course sources by course id (for media files), read through the engine's one reader. */
export async function courseSourcesById(): Promise<Map<string, CourseSource>> {
  const dirs =
    process.env.COURSEMARK_COURSE_DIRS?.split(path.delimiter).filter(Boolean) ??
    (await findCourseDirs(path.resolve(process.env.COURSEMARK_COURSE_SRC ?? "course-src")));
  const byId = new Map<string, CourseSource>();
  for (const dir of dirs) {
    const source = await readCourse(path.resolve(dir));
    const { model } = compileCourse(source);
    if (model) byId.set(model.id, source);
  }
  return byId;
}
