import { readFileSync } from "node:fs";
import { FINAL_ASSESSMENT_ID } from "../../engine/model/layout.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import type { SiteMessages } from "./site-messages.ts";

export interface Download {
  target: string;
  course: string;
  module: string | null;
  path: string;
  bytes: number;
}

/**
 * Packages built in the same `coursemark build` run, handed over by the site target through a
 * JSON file (COURSEMARK_DOWNLOADS). Without it (dev preview) there is nothing to download.
 */
export function downloadsFor(courseId: string): Download[] {
  const file = process.env.COURSEMARK_DOWNLOADS;
  if (!file) return [];
  const all = JSON.parse(readFileSync(file, "utf8")) as Download[];
  return all.filter((download) => download.course === courseId);
}

/** The catalogue's name for each package format, in the order the packages page lists them. */
const TARGET_LABEL_KEYS = {
  scorm12: "targetScorm12",
  scorm2004: "targetScorm2004",
  xapi: "targetXapi",
  cmi5: "targetCmi5",
  "moodle-xml": "targetMoodleXml",
} as const satisfies Record<string, keyof SiteMessages>;
const TARGET_ORDER: readonly string[] = Object.keys(TARGET_LABEL_KEYS);

/** A format's name in the page's language (formats the catalogue has no name for show their id). */
export function targetLabel(target: string, messages: SiteMessages): string {
  return Object.hasOwn(TARGET_LABEL_KEYS, target)
    ? messages[TARGET_LABEL_KEYS[target as keyof typeof TARGET_LABEL_KEYS]]
    : target;
}

/** A package's size in the page's language: whole kilobytes (at least 1) below a megabyte. */
export function formatBytes(bytes: number, messages: SiteMessages): string {
  return bytes < 1024 * 1024
    ? messages.kilobytes(Math.max(1, Math.round(bytes / 1024)))
    : messages.megabytes(bytes / 1024 / 1024);
}

/** One package as the packages page offers it: what it holds, in words, and its file. */
export interface OfferedPackage extends Download {
  title: string;
  fileName: string;
}

export interface PackageFormat {
  target: string;
  label: string;
  packages: OfferedPackage[];
}

/**
 * A course's packages by format (SCORM 1.2 first, as admins should mostly take it), each format's
 * in the order an admin adds them: the modules in course order ("Module 2: Taking orders"), then
 * the final assessment; a whole-course package (`--split course`, Moodle XML) says so.
 */
export function packageFormats(
  course: CourseModel,
  downloads: readonly Download[],
  messages: SiteMessages,
): PackageFormat[] {
  const moduleIndex = new Map(course.modules.map((module, index) => [module.id, index]));
  const fileNameOf = (download: Download) => download.path.slice(download.path.lastIndexOf("/") + 1);
  const isAssessment = (download: Download) =>
    download.module === null && fileNameOf(download).startsWith(`${course.id}--${FINAL_ASSESSMENT_ID}.`);
  const rank = (download: Download) =>
    download.module !== null
      ? (moduleIndex.get(download.module) ?? course.modules.length)
      : course.modules.length + (isAssessment(download) ? 1 : 2);
  const titleOf = (download: Download) => {
    const index = download.module === null ? undefined : moduleIndex.get(download.module);
    const module = index === undefined ? undefined : course.modules[index];
    if (index !== undefined && module) return messages.moduleNumbered(index + 1, module.title);
    return isAssessment(download) ? messages.finalAssessment : messages.wholeCourse;
  };
  const targets = [...new Set(downloads.map((download) => download.target))].sort(
    (a, b) => orderOf(a) - orderOf(b) || a.localeCompare(b),
  );
  return targets.map((target) => ({
    target,
    label: targetLabel(target, messages),
    packages: downloads
      .filter((download) => download.target === target)
      .sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path))
      .map((download) => ({ ...download, title: titleOf(download), fileName: fileNameOf(download) })),
  }));
}

function orderOf(target: string): number {
  const index = TARGET_ORDER.indexOf(target);
  return index < 0 ? TARGET_ORDER.length : index;
}
