import { compileEditions } from "../../engine/i18n/editions.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseSource } from "../../engine/source/course-source.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { courseDirsFromEnvironment } from "../loader/watched-courses.ts";

/**
 * The course sources by course id (for media files), read through the engine's one reader; each
 * language edition (sample_fr) shares its course's source, so its pages find the same media.
 */
export async function courseSourcesById(): Promise<Map<string, CourseSource>> {
  const byId = new Map<string, CourseSource>();
  for (const dir of await courseDirsFromEnvironment()) {
    const source = await readCourse(dir);
    const { model } = compileCourse(source);
    if (!model) continue;
    byId.set(model.id, source);
    for (const edition of compileEditions(model, source).models) byId.set(edition.id, source);
  }
  return byId;
}
