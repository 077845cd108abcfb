import path from "node:path";
import { findCourseDirs } from "../../engine/source/read-course.ts";

/** The course folders the site shows: the CLI's (COURSEMARK_COURSE_DIRS) or every one under course-src/. */
export async function courseDirsFromEnvironment(): Promise<string[]> {
  const given = process.env.COURSEMARK_COURSE_DIRS?.split(path.delimiter).filter(Boolean);
  if (given) return given.map((dir) => path.resolve(dir));
  return findCourseDirs(path.resolve(process.env.COURSEMARK_COURSE_SRC ?? "course-src"));
}

export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, path.resolve(file));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
