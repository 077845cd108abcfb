import { readFileSync } from "node:fs";

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

const TARGET_LABELS: Record<string, string> = {
  scorm12: "SCORM 1.2 (Moodle, atingi, Moodle app)",
  scorm2004: "SCORM 2004 4th edition",
  xapi: "xAPI / TinCan (Moodle mod_tincanlaunch, with an LRS)",
  cmi5: "cmi5 (Moodle mod_cmi5launch, with an LRS)",
};

export function targetLabel(target: string): string {
  return TARGET_LABELS[target] ?? target;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
