/**
 * How a course is cut into SCORM packages: `--split module` (default) gives one package per module
 * plus the final assessment as its own package; `--split course` gives one package.
 */
import { FINAL_ASSESSMENT_ID } from "../../engine/model/layout.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { en } from "../../engine/runtime/messages/en.ts";

export const SPLITS = ["module", "course"] as const;
export type Split = (typeof SPLITS)[number];

/** What one package's player shows; the same shape as the runtime's PlayerScope. */
export type PackageScope = { kind: "course" } | { kind: "module"; moduleId: string } | { kind: "assessment" };

export interface PackagePart {
  scope: PackageScope;
  /** Module id for build-report.json; null for the assessment and whole-course packages. */
  moduleId: string | null;
  /** `<course-id>--<module-id>`, `<course-id>--assessment` or `<course-id>`. */
  name: string;
  title: string;
  /** Pass mark (0–100) when the package reports a score: the assessment, a scored module, a course with an assessment. */
  masteryScore: number | undefined;
}

/** The final assessment draws from the modules' banks; without any bank item there is none. */
export function hasAssessment(course: CourseModel): boolean {
  return course.modules.some((module) => module.bank.length > 0);
}

/** Manifest titles stay within the 200 characters ADL's application profile allows (STANDARDS.md §2.6). */
export const TITLE_MAX = 200;

function packageTitle(...parts: string[]): string {
  const title = parts.join(": ");
  return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

export function packageParts(course: CourseModel, split: Split): PackagePart[] {
  const passMark = course.assessment.passMark;
  if (split === "course") {
    const masteryScore = hasAssessment(course) ? passMark : undefined;
    return [
      {
        scope: { kind: "course" },
        moduleId: null,
        name: course.id,
        title: packageTitle(course.title),
        masteryScore,
      },
    ];
  }
  const modules: PackagePart[] = course.modules.map((module) => ({
    scope: { kind: "module", moduleId: module.id },
    moduleId: module.id,
    name: `${course.id}--${module.id}`,
    title: packageTitle(course.title, module.title),
    masteryScore: module.scored ? passMark : undefined,
  }));
  if (!hasAssessment(course)) return modules;
  const assessment: PackagePart = {
    scope: { kind: "assessment" },
    moduleId: null,
    name: `${course.id}--${FINAL_ASSESSMENT_ID}`,
    title: packageTitle(course.title, en.assessment),
    masteryScore: passMark,
  };
  return [...modules, assessment];
}
