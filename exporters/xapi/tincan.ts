/**
 * tincan.xml (STANDARDS.md §3.1): at the zip root, one activity, and it is the launchable one. Its
 * id is the activity the runtime reports completion and the verdict on, because mod_tincanlaunch
 * reads completion and the grade by that id (§6.7).
 */
import type { CourseModel } from "../../engine/model/schema.ts";
import { type ActivityIris, activityOfScope } from "../../engine/tracking/xapi/activity-iris.ts";
import type { PackageScope } from "../scorm-shared/parts.ts";
import { escapeXml } from "../scorm-shared/xml.ts";
import type { LaunchPage, XapiFlavour } from "../xapi-shared/package.ts";

export const TINCAN_NAMESPACE = "http://projecttincan.com/tincan.xsd";

/** ADL activity types by what the package plays. */
export const ACTIVITY_TYPES: Record<PackageScope["kind"], string> = {
  course: "http://adlnet.gov/expapi/activities/course",
  module: "http://adlnet.gov/expapi/activities/module",
  assessment: "http://adlnet.gov/expapi/activities/assessment",
};

/** What the activity is about: the module's objectives, else the course description. */
export function describePart(course: CourseModel, scope: PackageScope): string {
  if (scope.kind !== "module") return course.description;
  const module = course.modules.find((candidate) => candidate.id === scope.moduleId);
  return module && module.objectives.length > 0 ? module.objectives.join("; ") : course.description;
}

function tincanXml(course: CourseModel, pages: readonly LaunchPage[], iris: ActivityIris): string {
  const [page] = pages;
  if (!page || pages.length !== 1) throw new Error("A TinCan package has exactly one launchable activity");
  const { part, file } = page;
  const lang = escapeXml(course.lang);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tincan xmlns="${TINCAN_NAMESPACE}">`,
    "  <activities>",
    `    <activity id="${escapeXml(activityOfScope(iris, part.scope))}" type="${ACTIVITY_TYPES[part.scope.kind]}">`,
    `      <name lang="${lang}">${escapeXml(part.title)}</name>`,
    `      <description lang="${lang}">${escapeXml(describePart(course, part.scope))}</description>`,
    `      <launch lang="${lang}">${escapeXml(file)}</launch>`,
    "    </activity>",
    "  </activities>",
    "</tincan>",
    "",
  ].join("\n");
}

export const tincanFlavour: XapiFlavour = {
  target: "xapi",
  structureFile: "tincan.xml",
  pages: (_course, part) => [{ file: "index.html", part }],
  structure: (course, _part, pages, iris) => tincanXml(course, pages, iris),
};
