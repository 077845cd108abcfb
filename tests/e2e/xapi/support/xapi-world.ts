/**
 * The worker-wide setup of the xAPI journeys: the real LRS, the test LMS in front of it, and the
 * sample course's xapi and cmi5 packages (built once per worker with the real player) installed.
 */
import { test as base } from "@playwright/test";
import { compileCourse } from "../../../../engine/model/compile-course.ts";
import type { CourseModel } from "../../../../engine/model/schema.ts";
import { readCourse } from "../../../../engine/source/read-course.ts";
import { createCmi5Target } from "../../../../exporters/cmi5/index.ts";
import { runtimePlayer } from "../../../../exporters/scorm-shared/runtime-player.ts";
import { createXapiPackageTarget } from "../../../../exporters/xapi/index.ts";
import { readZip } from "../../../../exporters/zip.ts";
import { activitiesOf, type PackageActivity } from "./launches.ts";
import { type Lrs, startLrs } from "./lrs.ts";
import { startTestLms, type TestLms } from "./test-lms.ts";

export interface XapiWorld {
  lrs: Lrs;
  lms: TestLms;
  course: CourseModel;
  /** `xapi:<course>--<part>` / `cmi5:<course>--<part>` → the package's one activity or AU. */
  activity(target: "xapi" | "cmi5", part: string): PackageActivity;
}

async function createWorld(): Promise<XapiWorld> {
  const source = await readCourse("course-src/sample");
  const { model } = compileCourse(source);
  if (!model) throw new Error("the sample course must compile");
  const lrs = await startLrs();
  const lms = await startTestLms(lrs);
  const activities = new Map<string, PackageActivity>();
  for (const target of [createXapiPackageTarget(runtimePlayer), createCmi5Target(runtimePlayer)]) {
    if (!("build" in target)) continue;
    for (const file of await target.build({ model, source }, { split: "module" })) {
      const name = `${target.name}-${file.path.replace(/^.*\/|\.zip$/g, "")}`;
      await lms.install(name, file.content);
      const structure = readZip(file.content).get(target.name === "xapi" ? "tincan.xml" : "cmi5.xml");
      const [activity] = activitiesOf(name, new TextDecoder().decode(structure));
      if (activity) activities.set(name, activity);
    }
  }
  return {
    lrs,
    lms,
    course: model,
    activity(target, part) {
      const found = activities.get(`${target}-${model.id}--${part}`);
      if (!found) throw new Error(`no ${target} package for ${part}`);
      return found;
    },
  };
}

export const test = base.extend<object, { world: XapiWorld }>({
  world: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern; it needs none.
    async ({}, use) => {
      const world = await createWorld();
      await use(world);
      await world.lms.close();
      await world.lrs.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

export { expect } from "@playwright/test";
