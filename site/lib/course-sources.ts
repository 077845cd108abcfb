import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import type { CourseSource } from "../../engine/source/course-source.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { courseDirsFromEnvironment } from "../loader/watched-courses.ts";
import { getCourses } from "./courses.ts";
import { sourceCourse } from "./editions.ts";

/** The course sources by course id (for media files), read through the engine's one reader. */
export async function courseSourcesById(): Promise<Map<string, CourseSource>> {
  const byId = new Map<string, CourseSource>();
  for (const dir of await courseDirsFromEnvironment()) {
    const source = await readCourse(dir);
    const { model } = compileCourse(source);
    if (model) byId.set(model.id, source);
  }
  return byId;
}

/** A course's source, for its media files: a language edition (sample_fr) shares its course's. */
export async function courseSourceOf(course: CourseModel): Promise<CourseSource | undefined> {
  return (await courseSourcesById()).get(sourceCourse(course, await getCourses()).id);
}
