import { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import type { CourseModel } from "../model/schema.ts";
import type { CourseSource } from "../source/course-source.ts";
import { decodeUtf8 } from "../source/utf8.ts";
import { translateCourse } from "./import.ts";
import { courseVariables } from "./variables.ts";

/** `translations/<lang>.xlf` in a course folder: one language edition each. */
export const TRANSLATION_FILE = /^translations\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.xlf$/;

export interface Editions {
  /** One file per translation, carrying its diagnostics. */
  files: VFile[];
  /** The language editions that have no errors. */
  models: CourseModel[];
}

/** Every translation of a compiled course, read from its source folder and applied to its model. */
export function compileEditions(model: CourseModel, source: CourseSource): Editions {
  const entries = [...source.media.values()]
    .filter((entry) => TRANSLATION_FILE.test(entry.coursePath))
    .sort((a, b) => a.coursePath.localeCompare(b.coursePath));
  if (entries.length === 0) return { files: [], models: [] };
  const variables = courseVariables(source);
  const files: VFile[] = [];
  const models: CourseModel[] = [];
  for (const entry of entries) {
    const lang = TRANSLATION_FILE.exec(entry.coursePath)?.[1] ?? "";
    const dir =
      source.displayDir === "" || source.displayDir === "."
        ? ""
        : `${source.displayDir.replace(/\/+$/, "")}/`;
    const text = decodeUtf8(entry.bytes);
    const file = new VFile({ path: `${dir}${entry.coursePath}`, value: text ?? "" });
    file.data.coursePath = entry.coursePath;
    files.push(file);
    if (text === undefined) {
      report(file, "invalid-translation-file", "Unexpected bytes, expected UTF-8 text", {
        line: 1,
        column: 1,
      });
      continue;
    }
    const edition = translateCourse(model, variables, file, lang);
    if (edition) models.push(edition);
  }
  return { files, models };
}
