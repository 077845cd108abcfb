/**
 * cmi5: resume after a reload and after a relaunch, and Browse mode. A reload keeps the session's
 * token (no second fetch); the session ended at the reload's pagehide, so the reloaded page shows the
 * learner's progress and makes no statement (cmi5: nothing after terminated); a relaunch is a new
 * session of the same registration that goes on from the same screen.
 */
import { expectJourney } from "./support/journey-check.ts";
import { launchCmi5, newLearner } from "./support/launches.ts";
import { position, walkModule } from "./support/learner.ts";
import { expect, test } from "./support/xapi-world.ts";

test.describe("cmi5 package", () => {
  test("resume after a reload and after a relaunch: same screen, one fetch per launch", async ({
    page,
    world,
  }) => {
    const learner = newLearner();
    const au = world.activity("cmi5", world.course.modules[0]?.id ?? "");
    const first = launchCmi5(world.lms, au, learner);
    await page.goto(first.url);
    expect(await walkModule(page, world.course, 1)).toBeGreaterThan(0);
    const where = await position(page);
    await page.reload();
    expect(await position(page)).toBe(where);
    expect(world.lms.fetchTokens.has(new URL(first.url).searchParams.get("fetch") ?? "")).toBe(false);
    await expect(page.locator("[data-notice]")).toHaveCount(0);

    const second = launchCmi5(world.lms, au, learner, { registration: first.registration });
    await page.goto(second.url);
    expect(await position(page)).toBe(where);
    await walkModule(page, world.course);
    await page.getByRole("button", { name: "Exit" }).click();
    await expect(page).toHaveURL(/\/return$/);
    await expectJourney({
      name: "cmi5 resume (reload, relaunch)",
      lms: world.lms,
      registration: first.registration,
      learner,
      launches: [first, second],
      verbs: [
        "initialized",
        "answered*",
        "terminated",
        "initialized",
        "answered*",
        "completed",
        "passed",
        "terminated",
      ],
    });
  });

  test("Browse mode: the learner looks through, only initialized and terminated are made", async ({
    page,
    world,
  }) => {
    const learner = newLearner();
    const launch = launchCmi5(world.lms, world.activity("cmi5", world.course.modules[0]?.id ?? ""), learner, {
      mode: "Browse",
    });
    await page.goto(launch.url);
    await walkModule(page, world.course);
    await page.getByRole("button", { name: "Exit" }).click();
    await expect(page).toHaveURL(/\/return$/);
    await expectJourney({
      name: "cmi5 browse",
      lms: world.lms,
      registration: launch.registration,
      learner,
      launches: [launch],
      verbs: ["initialized", "terminated"],
    });
  });
});
