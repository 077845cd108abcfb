import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type CourseSource, createCourseSource, type SourceEntry } from "./course-source.ts";
import { MAX_FILE_BYTES, MAX_MEDIA_BYTES } from "./limits.ts";

const IGNORED = /^(\.|node_modules$)/;

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !IGNORED.test(entry.name))
      .map(async (entry) => {
        const coursePath = prefix + entry.name;
        if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), `${coursePath}/`);
        return entry.isFile() ? [coursePath] : [];
      }),
  );
  return nested.flat();
}

async function readEntry(dir: string, coursePath: string): Promise<SourceEntry> {
  const absolute = path.join(dir, ...coursePath.split("/"));
  const { size } = await stat(absolute);
  const limit = coursePath.endsWith(".md") ? MAX_FILE_BYTES : MAX_MEDIA_BYTES;
  // An over-size file is not read at all: its size alone is enough for the diagnostic.
  const bytes = size > limit ? new Uint8Array(0) : new Uint8Array(await readFile(absolute));
  return { coursePath, size, bytes };
}

/** Whether a folder looks like a course (has a course.md). */
export async function isCourseDir(dir: string): Promise<boolean> {
  try {
    return (await stat(path.join(dir, "course.md"))).isFile();
  } catch {
    return false;
  }
}

/** The course folders directly under a source root such as course-src/. */
export async function findCourseDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(root, entry.name));
  const courses = await Promise.all(dirs.map(async (dir) => ((await isCourseDir(dir)) ? dir : undefined)));
  return courses.filter((dir): dir is string => dir !== undefined).sort();
}

/** Every file of a course folder as an entry, sorted by course path (dot files and node_modules skipped). */
export async function readCourseEntries(dir: string): Promise<SourceEntry[]> {
  const coursePaths = (await listFiles(dir)).sort();
  return Promise.all(coursePaths.map((coursePath) => readEntry(dir, coursePath)));
}

/** How a course folder is shown to the author: relative to the working directory, `/`-separated. */
export function displayPath(dir: string, cwd = process.cwd()): string {
  return path.relative(cwd, dir).split(path.sep).join("/") || ".";
}

/** The only reader of course-src: a course folder into memory. */
export async function readCourse(dir: string, cwd = process.cwd()): Promise<CourseSource> {
  return createCourseSource(displayPath(dir, cwd), await readCourseEntries(dir));
}
