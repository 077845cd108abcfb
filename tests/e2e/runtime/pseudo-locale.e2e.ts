/**
 * Longer text, accented letters: a pseudo-localised edition of every block and interaction example,
 * at 320 CSS pixels, before and after an answer is checked. Nothing may scroll sideways or be cut off.
 */
import { expect, test } from "@playwright/test";
import { en } from "../../../engine/runtime/messages/en.ts";
import type { PlayerScope } from "../../../engine/runtime/scope.ts";
import { examplePages } from "./support/example-pages.ts";
import { overflowProblems } from "./support/overflow.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";
import { PSEUDO_LANG, pseudoLocalisedCourse } from "./support/pseudo-course.ts";
import { buildTestCourse } from "./support/test-course.ts";

const course = pseudoLocalisedCourse(await buildTestCourse());
const BLOCKS: PlayerScope = { kind: "lesson", lessonId: "basics.blocks" };
const examples = examplePages(course);
let site: PlayerSite;

test.beforeAll(async () => {
  test.setTimeout(0);
  site = await buildPlayerSite([BLOCKS, ...examples.map((example) => example.scope)], { course });
});
test.afterAll(async () => site?.close());
test.use({ viewport: { width: 320, height: 640 } });

test("the pseudo-localised edition is what the player shows: accented, longer, tagged", async ({ page }) => {
  await page.goto(site.urlOf(BLOCKS));
  await expect(page.locator("html")).toHaveAttribute("lang", PSEUDO_LANG);
  const heading = page.locator("#coursemark h1").first();
  await expect(heading).toHaveText(/[áéíöüçñý].* ·+$/);
  expect(await overflowProblems(page)).toEqual([]);
});

for (const example of examples) {
  test(`${example.type}: nothing cut off or wider than 320 px, before and after checking`, async ({
    page,
  }) => {
    await page.goto(site.urlOf(example.scope));
    await expect(page.locator(".cm-player").first()).toBeVisible();
    await expect(page.locator(".cm-first-screen")).toHaveCount(0);
    expect(await overflowProblems(page), "before checking").toEqual([]);
    const check = page.getByRole("button", { name: en.submit });
    if ((await check.count()) > 0 && (await check.first().isEnabled())) {
      await check.first().click();
      expect(await overflowProblems(page), "after checking").toEqual([]);
    }
  });
}
