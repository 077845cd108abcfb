import type { Dirent } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type CourseSource, createCourseSource, type Exclusion, type SourceEntry } from "./course-source.ts";
import { MAX_FILE_BYTES, MAX_FILES, MAX_MEDIA_BYTES } from "./limits.ts";

interface Listed {
  coursePath: string;
  excluded?: Exclusion;
}

/** Why the reader skips a directory entry, or undefined when it reads it. Links are never followed. */
function exclusionOf(entry: Dirent): Exclusion | undefined {
  if (entry.name.startsWith(".")) return "hidden";
  if (entry.name === "node_modules") return "ignored";
  if (entry.isSymbolicLink()) return "symbolic-link";
  return undefined;
}

/** Every file under `dir`; skipped entries (hidden, node_modules, links) are listed, not entered. */
async function listFiles(dir: string, prefix = ""): Promise<Listed[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<Listed[]> => {
      const coursePath = prefix + entry.name;
      const excluded = exclusionOf(entry);
      if (excluded) return [{ coursePath, excluded }];
      if (entry.isDirectory()) return listFiles(path.join(dir, entry.name), `${coursePath}/`);
      return entry.isFile() ? [{ coursePath }] : [];
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

const unread = (listed: Listed): SourceEntry => ({ ...listed, size: 0, bytes: new Uint8Array(0) });

/**
 * Every file of a course folder as an entry, sorted by course path. Dot files, node_modules and
 * symbolic links are entries without content, marked `excluded`; over the file count limit no file is read.
 */
export async function readCourseEntries(dir: string): Promise<SourceEntry[]> {
  const listed = (await listFiles(dir)).sort((a, b) => (a.coursePath < b.coursePath ? -1 : 1));
  const overLimit = listed.filter((entry) => !entry.excluded).length > MAX_FILES;
  return Promise.all(
    listed.map((entry) => (entry.excluded || overLimit ? unread(entry) : readEntry(dir, entry.coursePath))),
  );
}

/** How a course folder is shown to the author: relative to the working directory, `/`-separated. */
export function displayPath(dir: string, cwd = process.cwd()): string {
  return path.relative(cwd, dir).split(path.sep).join("/") || ".";
}

/** The only reader of course-src: a course folder into memory. */
export async function readCourse(dir: string, cwd = process.cwd()): Promise<CourseSource> {
  return createCourseSource(displayPath(dir, cwd), await readCourseEntries(dir));
}
