/**
 * Arabic: the page, the player and every interaction lay out right to left, with the player's
 * Arabic words, at 320, 360 and 1280 px, before and after checking (the example content stays
 * Latin script, as names and brands do in a translated course): axe 0, nothing off screen.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ar } from "../../../engine/runtime/messages/ar.ts";
import type { PlayerScope } from "../../../engine/runtime/scope.ts";
import { examplePages } from "./support/example-pages.ts";
import { overflowProblems } from "./support/overflow.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";
import { buildTestCourse } from "./support/test-course.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [320, 360, 1280];
const BLOCKS: PlayerScope = { kind: "lesson", lessonId: "basics.blocks" };
const examples = examplePages(await buildTestCourse());
let site: PlayerSite;

test.beforeAll(async () => {
  test.setTimeout(0);
  site = await buildPlayerSite([BLOCKS, ...examples.map((example) => example.scope)], { courseLang: "ar" });
});
test.afterAll(async () => site?.close());

test("the page runs right to left in Arabic: direction, the player's words, mirrored arrows", async ({
  page,
}) => {
  await page.goto(site.urlOf(BLOCKS));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".cm-first-screen")).toHaveCount(0);
  await expect(page.getByRole("button", { name: ar.courseMenu })).toBeVisible();
  const previous = page.getByRole("contentinfo").getByRole("button", { name: ar.previous });
  await expect(previous.locator(".cm-arrow")).toHaveCSS("transform", "matrix(-1, 0, 0, 1, 0, 0)");
  // Previous sits at the inline start: on the right.
  const footer = await page.getByRole("contentinfo").boundingBox();
  const box = await previous.boundingBox();
  expect(footer && box && box.x + box.width / 2 > footer.x + footer.width / 2).toBe(true);
});

for (const example of examples) {
  test(`${example.type}: right to left at ${WIDTHS.join(", ")} px, axe 0, nothing off screen`, async ({
    page,
  }) => {
    await page.goto(site.urlOf(example.scope));
    await expect(page.locator(".cm-first-screen")).toHaveCount(0);
    const check = page.getByRole("button", { name: ar.submit });
    for (const [index, width] of WIDTHS.entries()) {
      await page.setViewportSize({ width, height: 740 });
      if (index === WIDTHS.length - 1 && (await check.count()) > 0 && (await check.first().isEnabled()))
        await check.first().click();
      expect(await overflowProblems(page), `${width} px`).toEqual([]);
      const axe = await new AxeBuilder({ page }).include("#coursemark").withTags(WCAG_AA).analyze();
      expect(
        axe.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`,
        ),
        `${width} px`,
      ).toEqual([]);
    }
  });
}
