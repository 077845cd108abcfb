/**
 * cmi5 packages of the sample course, played in Chromium against the test LMS and the real LRS:
 * every statement stored once, valid, and within the cmi5 AU rules (STANDARDS.md §3.2).
 */
import { expectJourney } from "./support/journey-check.ts";
import { launchCmi5, newLearner } from "./support/launches.ts";
import { takeAssessment, walkModule } from "./support/learner.ts";
import { expect, test } from "./support/xapi-world.ts";

test.describe("cmi5 package", () => {
  test("a module walked to the end → completed (and its verdict), then Exit to the returnURL", async ({
    page,
    world,
  }) => {
    const learner = newLearner();
    const module = world.course.modules[0]?.id ?? "";
    const launch = launchCmi5(world.lms, world.activity("cmi5", module), learner);
    await page.goto(launch.url);
    await walkModule(page, world.course);
    await page.getByRole("button", { name: "Exit" }).click();
    await expect(page).toHaveURL(/\/return$/);
    await expectJourney({
      name: "cmi5 module completed",
      lms: world.lms,
      registration: launch.registration,
      learner,
      launches: [launch],
      verbs: ["initialized", "answered*", "completed", "passed", "terminated"],
    });
  });

  for (const [correct, verdict] of [
    [true, "passed"],
    [false, "failed"],
  ] as const) {
    test(`the assessment answered ${correct ? "right" : "wrong"} → ${verdict} against the masteryScore`, async ({
      page,
      world,
    }) => {
      const learner = newLearner();
      const launch = launchCmi5(world.lms, world.activity("cmi5", "assessment"), learner);
      await page.goto(launch.url);
      await takeAssessment(page, world.course, correct);
      await expect(page.getByRole("heading", { name: /Your score/ })).toBeVisible();
      await page.getByRole("button", { name: "Exit" }).click();
      await expect(page).toHaveURL(/\/return$/);
      await expectJourney({
        name: `cmi5 assessment ${verdict}`,
        lms: world.lms,
        registration: launch.registration,
        learner,
        launches: [launch],
        verbs: [
          "initialized",
          "answered*",
          ...(correct ? ["completed", "passed"] : ["completed", "failed"]),
          "terminated",
        ],
      });
    });
  }
});
