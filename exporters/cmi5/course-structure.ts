/**
 * cmi5.xml (STANDARDS.md §3.2): at the zip root, valid against CourseStructure.xsd. A module package
 * is a course structure of one AU; `--split course` gives one structure whose AUs are the modules
 * and the final assessment, each its own page in the one package.
 */
import type { CourseModel } from "../../engine/model/schema.ts";
import { formatDecimal } from "../../engine/tracking/cmi-formats.ts";
import { type ActivityIris, activityOfScope } from "../../engine/tracking/xapi/activity-iris.ts";
import { type PackagePart, packageParts } from "../scorm-shared/parts.ts";
import { escapeXml } from "../scorm-shared/xml.ts";
import { describePart } from "../xapi/tincan.ts";
import type { LaunchPage, XapiFlavour } from "../xapi-shared/package.ts";

export const CMI5_NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/** The cmi5 moveOn vocabulary (CourseStructure.xsd). */
export type MoveOn = "NotApplicable" | "Passed" | "Completed" | "CompletedAndPassed" | "CompletedOrPassed";

/**
 * A module moves on once completed (its completion rule), whether or not it is scored: a scored
 * module still reports passed/failed, but a failed quiz does not hold the learner back; the final
 * assessment moves on once passed (its pass mark).
 */
export function moveOnOf(part: PackagePart): MoveOn {
  return part.scope.kind === "assessment" ? "Passed" : "Completed";
}

/** cmi5 masteryScore: a decimal 0–1 with at most 4 places, from the course's pass mark (0–100). */
export function masteryScoreOf(part: PackagePart): string | undefined {
  return part.masteryScore === undefined ? undefined : formatDecimal(part.masteryScore / 100, 4);
}

/** The AUs' pages: one index.html for a module package, one page per AU for a whole course. */
export function cmi5Pages(course: CourseModel, part: PackagePart): LaunchPage[] {
  if (part.scope.kind !== "course") return [{ file: "index.html", part }];
  return packageParts(course, "module").map((au) => ({
    file: au.scope.kind === "module" ? `module-${au.scope.moduleId}.html` : "assessment.html",
    part: au,
  }));
}

const langstring = (lang: string, text: string) =>
  `<langstring lang="${escapeXml(lang)}">${escapeXml(text)}</langstring>`;

function auXml(course: CourseModel, { file, part }: LaunchPage, iris: ActivityIris): string[] {
  const mastery = masteryScoreOf(part);
  const attributes = [
    `id="${escapeXml(activityOfScope(iris, part.scope))}"`,
    `moveOn="${moveOnOf(part)}"`,
    ...(mastery === undefined ? [] : [`masteryScore="${mastery}"`]),
    'launchMethod="AnyWindow"',
  ];
  return [
    `  <au ${attributes.join(" ")}>`,
    `    <title>${langstring(course.lang, part.title)}</title>`,
    `    <description>${langstring(course.lang, describePart(course, part.scope))}</description>`,
    `    <url>${escapeXml(file)}</url>`,
    "  </au>",
  ];
}

function courseStructureXml(
  course: CourseModel,
  part: PackagePart,
  pages: readonly LaunchPage[],
  iris: ActivityIris,
): string {
  // A whole-course package is the course; a module package is a course of its own (ids unique).
  const courseId = part.scope.kind === "course" ? iris.course : iris.package(part.name);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${escapeXml(courseId)}">`,
    `    <title>${langstring(course.lang, part.title)}</title>`,
    `    <description>${langstring(course.lang, course.description)}</description>`,
    "  </course>",
    ...pages.flatMap((page) => auXml(course, page, iris)),
    "</courseStructure>",
    "",
  ].join("\n");
}

export const cmi5Flavour: XapiFlavour = {
  target: "cmi5",
  structureFile: "cmi5.xml",
  pages: cmi5Pages,
  structure: courseStructureXml,
};
