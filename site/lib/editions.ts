import { languageSuffix } from "../../engine/i18n/import.ts";
import type { CourseModel } from "../../engine/model/schema.ts";

/** True when `edition` is a language edition of `course` (built from its translations/<lang>.xlf). */
function isEditionOf(edition: CourseModel, course: CourseModel): boolean {
  return edition.id === `${course.id}_${languageSuffix(edition.lang)}`;
}

/** The course an edition was translated from, or the course itself when it is a source course. */
export function sourceCourse(course: CourseModel, all: readonly CourseModel[]): CourseModel {
  return all.find((other) => isEditionOf(course, other)) ?? course;
}

/** A course and its language editions (source first, then by language tag). */
export function languageEditions(course: CourseModel, all: readonly CourseModel[]): CourseModel[] {
  const source = sourceCourse(course, all);
  const editions = all
    .filter((other) => isEditionOf(other, source))
    .sort((a, b) => a.lang.localeCompare(b.lang));
  return [source, ...editions];
}

/** A language's name in that language (`fr` → "français"), for a language switcher. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
