/**
 * The outbox under faults, both targets: the LRS down at launch, down mid-module, answering 500 and
 * then 401 for a while, and the tab closed abruptly while statements wait. The learner is told while
 * statements wait; at the end every statement made is stored exactly once, and the verdicts are right.
 */
import type { Page } from "@playwright/test";
import { expectJourney } from "./support/journey-check.ts";
import { finish, type Launched, launchPart, type XapiTarget } from "./support/launch-either.ts";
import { newLearner } from "./support/launches.ts";
import { waitingOnDevice, walkModule, willCloseAbruptly } from "./support/learner.ts";
import type { Fault } from "./support/test-lms.ts";
import { expect, test } from "./support/xapi-world.ts";

const MODULE_VERBS = ["initialized", "answered*", "completed", "passed", "terminated"];

for (const target of ["cmi5", "xapi"] as const satisfies readonly XapiTarget[]) {
  test.describe(`${target} package, faults`, () => {
    const savingFailed = (page: Page) => expect(page.locator('[data-notice="saving-failed"]')).toBeVisible();

    async function end(
      page: Page,
      name: string,
      launches: Launched[],
      learner: ReturnType<typeof newLearner>,
      verbs = MODULE_VERBS,
    ) {
      const [first] = launches;
      if (!first) throw new Error("no launch");
      // The outbox retries on its backoff (up to 8 s between tries) or when the learner does something.
      await expect(page.locator('[data-notice="saving-recovered"]')).toBeVisible({ timeout: 30_000 });
      const waiting = await waitingOnDevice(page);
      return {
        name: `${target} ${name}`,
        registration: first.registration,
        learner,
        waiting,
        verbs,
        launches:
          target === "cmi5" ? launches.flatMap((launch) => (launch.cmi5 ? [launch.cmi5] : [])) : undefined,
      };
    }

    test("the LRS down at launch, back mid-module", async ({ page, world }) => {
      const learner = newLearner();
      const module = world.course.modules[0]?.id ?? "";
      const launch = launchPart(world, target, module, learner);
      world.lms.fault = "down";
      try {
        await page.goto(launch.url);
        await walkModule(page, world.course, 1);
        await savingFailed(page);
      } finally {
        world.lms.fault = undefined;
      }
      await walkModule(page, world.course);
      const journey = await end(page, "LRS down at launch", [launch], learner);
      await finish(page, world);
      await expectJourney({ ...journey, lms: world.lms });
    });

    for (const faults of [["down"], [500, 401]] as Fault[][]) {
      test(`mid-module the LRS ${faults.map((fault) => (fault === "down" ? "goes down" : `answers ${fault}`)).join(", then ")} for a while`, async ({
        page,
        world,
      }) => {
        const learner = newLearner();
        const launch = launchPart(world, target, world.course.modules[0]?.id ?? "", learner);
        await page.goto(launch.url);
        await walkModule(page, world.course, 1);
        try {
          for (const fault of faults) {
            world.lms.fault = fault;
            const refusedBefore = world.lms.faulted;
            await walkModule(page, world.course, 1);
            await savingFailed(page);
            await expect.poll(() => world.lms.faulted).toBeGreaterThan(refusedBefore);
          }
        } finally {
          world.lms.fault = undefined;
        }
        await walkModule(page, world.course);
        const journey = await end(page, `LRS ${faults.join("+")} mid-module`, [launch], learner);
        await finish(page, world);
        await expectJourney({ ...journey, lms: world.lms });
      });
    }

    test("the tab closed abruptly while statements wait: the next launch sends them first", async ({
      context,
      world,
    }) => {
      const learner = newLearner();
      const module = world.course.modules[0]?.id ?? "";
      const first = launchPart(world, target, module, learner);
      const page = await context.newPage();
      await willCloseAbruptly(page);
      await page.goto(first.url);
      // The launch has read its LaunchData and stored initialized; then the LRS goes away.
      await expect.poll(() => world.lms.stored(first.registration).then((stored) => stored.length)).toBe(1);
      world.lms.fault = "down";
      try {
        await walkModule(page, world.course, 1);
        await savingFailed(page);
        await page.close();
      } finally {
        world.lms.fault = undefined;
      }
      const second = launchPart(world, target, module, learner, first.registration);
      const again = await context.newPage();
      await again.goto(second.url);
      await walkModule(again, world.course);
      await expect.poll(() => waitingOnDevice(again)).toEqual([]);
      const verbs = [
        "initialized",
        "answered*",
        "initialized",
        "answered*",
        "completed",
        "passed",
        "terminated",
      ];
      await finish(again, world);
      await expectJourney({
        name: `${target} tab closed abruptly`,
        lms: world.lms,
        registration: first.registration,
        learner,
        verbs,
        launches:
          target === "cmi5"
            ? [first, second].flatMap((launch) => (launch.cmi5 ? [launch.cmi5] : []))
            : undefined,
      });
    });
  });
}
