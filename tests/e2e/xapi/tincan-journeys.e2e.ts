/**
 * TinCan (xapi) packages of the sample course, launched as mod_tincanlaunch launches them: completed,
 * passed and failed on tincan.xml's activity (which the LMS reads), resume from the State API after a
 * reload and a relaunch; every stored statement valid and stored once.
 */
import { expectJourney } from "./support/journey-check.ts";
import { finish, launchPart } from "./support/launch-either.ts";
import { newLearner } from "./support/launches.ts";
import { position, takeAssessment, walkModule } from "./support/learner.ts";
import { expect, test } from "./support/xapi-world.ts";

test.describe("xapi (TinCan) package", () => {
  test("a module walked to the end → completed and passed on tincan.xml's activity", async ({
    page,
    world,
  }) => {
    const learner = newLearner();
    const module = world.course.modules[0]?.id ?? "";
    const launch = launchPart(world, "xapi", module, learner);
    await page.goto(launch.url);
    await walkModule(page, world.course);
    await finish(page, world);
    const { stored } = await expectJourney({
      name: "xapi module completed",
      lms: world.lms,
      registration: launch.registration,
      learner,
      verbs: ["initialized", "answered*", "completed", "passed", "terminated"],
    });
    const activity = world.activity("xapi", module).id;
    for (const statement of stored.filter((each) => !String(JSON.stringify(each.verb)).includes("answered")))
      expect((statement.object as { id: string }).id).toBe(activity);
  });

  for (const [correct, verdict] of [
    [true, "passed"],
    [false, "failed"],
  ] as const) {
    test(`the assessment answered ${correct ? "right" : "wrong"} → ${verdict} with its scaled score`, async ({
      page,
      world,
    }) => {
      const learner = newLearner();
      const launch = launchPart(world, "xapi", "assessment", learner);
      await page.goto(launch.url);
      await takeAssessment(page, world.course, correct);
      await expect(page.getByRole("heading", { name: /Your score/ })).toBeVisible();
      await finish(page, world);
      const { stored } = await expectJourney({
        name: `xapi assessment ${verdict}`,
        lms: world.lms,
        registration: launch.registration,
        learner,
        verbs: ["initialized", "answered*", "completed", verdict, "terminated"],
      });
      const judged = stored.find((statement) =>
        String((statement.verb as { id: string }).id).endsWith(verdict),
      );
      expect(judged?.result).toMatchObject({ success: correct, score: { scaled: correct ? 1 : 0 } });
    });
  }

  test("resume after a reload and after a relaunch: same screen, from the State API", async ({
    page,
    world,
  }) => {
    const learner = newLearner();
    const module = world.course.modules[0]?.id ?? "";
    const first = launchPart(world, "xapi", module, learner);
    await page.goto(first.url);
    expect(await walkModule(page, world.course, 1)).toBeGreaterThan(0);
    const where = await position(page);
    await page.reload();
    expect(await position(page)).toBe(where);
    // A relaunch on another device: nothing on this one, the State API has the progress.
    await page.evaluate(() => localStorage.clear());
    const second = launchPart(world, "xapi", module, learner, first.registration);
    await page.goto(second.url);
    expect(await position(page)).toBe(where);
    await walkModule(page, world.course);
    await finish(page, world);
    await expectJourney({
      name: "xapi resume (reload, relaunch)",
      lms: world.lms,
      registration: first.registration,
      learner,
      verbs: [
        "initialized",
        "answered*",
        "terminated",
        "initialized",
        "terminated",
        "initialized",
        "answered*",
        "completed",
        "passed",
        "terminated",
      ],
    });
  });
});
