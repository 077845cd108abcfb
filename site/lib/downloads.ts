import { readFileSync } from "node:fs";
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

/** The catalogue's name for each package format (formats it has no name for show their id). */
const TARGET_LABEL_KEYS = {
  scorm12: "targetScorm12",
  scorm2004: "targetScorm2004",
  xapi: "targetXapi",
  cmi5: "targetCmi5",
} as const satisfies Record<string, keyof SiteMessages>;

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
