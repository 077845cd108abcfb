import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import type { CourseSource } from "../../engine/source/course-source.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { compiledCoursesFromEnvironment } from "../loader/compiled-courses.ts";
import { courseDirsFromEnvironment } from "../loader/watched-courses.ts";
import { getCourses } from "./courses.ts";
import { sourceCourse } from "./editions.ts";

/** What the site takes from a course's source: its media files by course path. */
export type CourseMedia = Pick<CourseSource, "media">;

async function readCourseMedia(): Promise<Map<string, CourseMedia>> {
  const byId = new Map<string, CourseMedia>();
  const compiled = await compiledCoursesFromEnvironment();
  const dirs = compiled?.map((folder) => folder.dir) ?? (await courseDirsFromEnvironment());
  for (const [index, dir] of dirs.entries()) {
    const source = await readCourse(dir);
    // A build knows each folder's course id from the CLI; the preview compiles the course for it.
    const id = compiled ? compiled[index]?.models[0]?.id : compileCourse(source).model?.id;
    if (id) byId.set(id, { media: source.media });
  }
  return byId;
}

/** The courses shown and each one's media files as the model names them (path and sha256). */
function mediaKey(courses: readonly CourseModel[]): string {
  return JSON.stringify(courses.map((course) => [course.id, course.media.map((m) => [m.path, m.sha256])]));
}

interface MediaRead {
  key: string;
  media: Promise<Map<string, CourseMedia>>;
}

/**
 * Kept on globalThis: in the preview, a save re-evaluates every module that imports the content
 * store (this one too), and a module-level cache was lost on each save, so the next page read and
 * compiled the whole course again (about 280 ms of each reload).
 */
const CACHE = Symbol.for("coursemark.course-media");
const cache = globalThis as { [CACHE]?: MediaRead };

/**
 * The course sources by course id (for media files), read through the engine's one reader. Every
 * lesson page asks, so they are read once for the courses' media as the models name them, not once
 * per page (which compiled every course again for each page: quadratic in lessons). In the preview,
 * a save that changes a course's media changes its model's sha256, so the next page reads again.
 * The same bytes are handed out each time, so exporters/image-variants.ts decodes each photo once.
 */
export async function courseSourcesById(): Promise<Map<string, CourseMedia>> {
  const key = mediaKey(await getCourses());
  if (cache[CACHE]?.key !== key) cache[CACHE] = { key, media: readCourseMedia() };
  return cache[CACHE].media;
}

/** A course's source, for its media files: a language edition (sample_fr) shares its course's. */
export async function courseSourceOf(course: CourseModel): Promise<CourseMedia | undefined> {
  return (await courseSourcesById()).get(sourceCourse(course, await getCourses()).id);
}
