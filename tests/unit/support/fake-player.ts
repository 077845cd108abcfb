import type { CourseModel } from "../../../engine/model/schema.ts";
import type { PackageScope } from "../../../exporters/scorm-shared/parts.ts";
import type { PlayerProvider } from "../../../exporters/scorm-shared/player.ts";

const encoder = new TextEncoder();

function scoped(course: CourseModel, scope: PackageScope): CourseModel {
  if (scope.kind === "module")
    return { ...course, modules: course.modules.filter((m) => m.id === scope.moduleId) };
  if (scope.kind === "assessment") {
    return { ...course, intro: [], modules: course.modules.map((m) => ({ ...m, lessons: [] })) };
  }
  return course;
}

/**
 * A stand-in for the learner runtime in exporter unit tests: a page embedding the scoped model (so
 * media detection sees what a real page would) and two small launch assets named after the tracker.
 */
export const fakePlayer: PlayerProvider = async ({ course, scope, title, tracker }) => ({
  page: `<!doctype html><html lang="${course.lang}"><title>${title}</title><link rel="stylesheet" href="player.css"><script defer src="player.js"></script><script type="application/json">${JSON.stringify(scoped(course, scope))}</script></html>`,
  launchAssets: new Map([
    ["player.js", encoder.encode(`console.log(${JSON.stringify(tracker)});`)],
    ["player.css", encoder.encode("body{margin:0}")],
  ]),
});
