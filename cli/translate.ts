import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { collectDiagnostics, formatHuman } from "../engine/diagnostics/format.ts";
import { exportTranslation } from "../engine/i18n/export.ts";
import { courseVariables } from "../engine/i18n/variables.ts";
import { readXliff } from "../engine/i18n/xliff-read.ts";
import { compileCourse } from "../engine/model/compile-course.ts";
import { isCourseDir, readCourse } from "../engine/source/read-course.ts";
import { UsageError } from "./usage.ts";

/** A BCP 47 tag as Coursemark accepts it for an edition (`fr`, `tw`, `pt-BR`, `sr-Latn`). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

async function readPrevious(file: string) {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  const result = readXliff(text);
  if ("error" in result)
    throw new UsageError(
      `${file}:${result.at.line}:${result.at.column}: ${result.error}; fix or move it first`,
    );
  return result.document;
}

/**
 * `coursemark translate export <course> --lang <tag> [--out file]`: writes the course's XLIFF 2 file
 * for translators (default `<course>/translations/<tag>.xlf`), keeping the up-to-date targets of
 * the file already there.
 */
export async function runTranslate(
  args: readonly string[],
  lang: string | undefined,
  out: string | undefined,
): Promise<number> {
  const [action, courseDir, ...rest] = args;
  if (action !== "export")
    throw new UsageError(`Unknown translate action "${action ?? ""}", expected export`);
  if (!courseDir || rest.length > 0)
    throw new UsageError("Expected one course folder: translate export <course> --lang <tag>");
  if (!lang || !LANGUAGE_TAG.test(lang))
    throw new UsageError(`Expected --lang with a language tag such as fr or pt-BR, got "${lang ?? ""}"`);
  if (!(await isCourseDir(courseDir)))
    throw new UsageError(`"${courseDir}" is not a course folder (it has no course.md)`);
  const source = await readCourse(courseDir);
  const { model, files } = compileCourse(source);
  if (!model) {
    process.stderr.write(formatHuman(collectDiagnostics(files)));
    return 1;
  }
  const target = out ?? path.join(courseDir, "translations", `${lang}.xlf`);
  const result = exportTranslation(model, courseVariables(source), {
    lang,
    previous: await readPrevious(target),
  });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, result.xliff);
  process.stderr.write(`Wrote ${result.units} units to ${target}.\n`);
  return 0;
}
