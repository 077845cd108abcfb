import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseOrderedName, toIdSegment } from "../../engine/model/ids.ts";
import { findCourseDirs, isCourseDir } from "../../engine/source/read-course.ts";
import { UsageError } from "../usage.ts";
import { lessonFile, moduleFile, starterFiles } from "./starter-files.ts";

/** Writes files, refusing to replace any that exist (an author's work is never overwritten). */
async function writeNewFiles(root: string, files: Map<string, string>): Promise<string[]> {
  const targets = [...files.keys()].map((file) => path.join(root, file));
  const existing = targets.filter((target) => existsSync(target));
  if (existing.length > 0)
    throw new UsageError(`Not replacing files that exist: ${existing.map((file) => `"${file}"`).join(", ")}`);
  for (const [file, content] of files) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return targets;
}

/** `coursemark init [dir]`: a project with one course that passes `check --strict`. */
export async function initProject(dir: string, version: string): Promise<string[]> {
  const folderName = path.basename(path.resolve(dir));
  const title = folderName.replace(/[-_]+/g, " ").replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return writeNewFiles(
    dir,
    starterFiles({ id: toIdSegment(folderName), title: title || "My course", version }),
  );
}

/** Kebab-case file name part from a title: `Your first price` → `your-first-price`. */
function fileSlug(title: string): string {
  return toIdSegment(title).replaceAll("_", "-");
}

/** The next `NN-` number after the highest one among `names`, two digits. */
function nextNumber(names: string[]): string {
  const highest = Math.max(0, ...names.map((name) => parseOrderedName(name)?.order ?? 0));
  return String(highest + 1).padStart(2, "0");
}

/** The course to add to: the one given, or the only course under ./course-src/. */
async function resolveCourse(courseDir: string | undefined): Promise<string> {
  if (courseDir) {
    if (!(await isCourseDir(courseDir)))
      throw new UsageError(`"${courseDir}" is not a course folder (it has no course.md)`);
    return courseDir;
  }
  const found = await findCourseDirs("course-src").catch(() => []);
  if (found.length === 1 && found[0]) return found[0];
  throw new UsageError(
    found.length === 0
      ? "No course found under ./course-src/; pass --course <course-dir>"
      : `Several courses under ./course-src/; pass --course with one of ${found.join(", ")}`,
  );
}

/** `coursemark new module <title> [--course dir]`: `NN-slug/module.md` after the last module. */
export async function newModule(title: string, courseDir: string | undefined): Promise<string[]> {
  const course = await resolveCourse(courseDir);
  const entries = await readdir(course, { withFileTypes: true });
  const modules = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const folder = `${nextNumber(modules)}-${fileSlug(title)}`;
  return writeNewFiles(course, new Map([[`${folder}/module.md`, moduleFile(title)]]));
}

/** `coursemark new lesson <module-dir> <title>`: `NN-slug.md` after the module's last lesson. */
export async function newLesson(moduleDir: string, title: string): Promise<string[]> {
  const isModule =
    parseOrderedName(path.basename(path.resolve(moduleDir))) !== undefined &&
    (await isCourseDir(path.dirname(path.resolve(moduleDir))));
  if (!isModule)
    throw new UsageError(`"${moduleDir}" is not a module folder (an NN-name folder inside a course folder)`);
  const lessons = (await readdir(moduleDir)).filter((name) => name.endsWith(".md"));
  const file = `${nextNumber(lessons)}-${fileSlug(title)}.md`;
  return writeNewFiles(moduleDir, new Map([[file, lessonFile(title)]]));
}
