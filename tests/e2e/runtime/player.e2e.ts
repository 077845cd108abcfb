import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { en } from "../../../engine/runtime/messages/en.ts";
import type { PlayerScope } from "../../../engine/runtime/scope.ts";
import { holdAnimationFrames } from "../support/frames.ts";
import { examplePages } from "./support/example-pages.ts";
import { tabTo } from "./support/input.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";
import { buildTestCourse } from "./support/test-course.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const COURSE: PlayerScope = { kind: "course" };
const BLOCKS: PlayerScope = { kind: "lesson", lessonId: "basics.blocks" };
const MISSING: PlayerScope = { kind: "lesson", lessonId: "basics.no_such_lesson" };
const ASSESSMENT: PlayerScope = { kind: "assessment" };
const examples = examplePages(await buildTestCourse());
let site: PlayerSite;

test.beforeAll(async () => {
  site = await buildPlayerSite([
    COURSE,
    BLOCKS,
    MISSING,
    ASSESSMENT,
    ...examples.map((example) => example.scope),
  ]);
});
test.afterAll(async () => {
  await site.close();
});

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

test("the course opens at its first lesson with lang, title, progress and Ghanaian characters", async ({
  page,
}) => {
  await page.goto(site.urlOf(COURSE));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GH");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every block");
  await expect(page).toHaveTitle("Every block – Runtime fixture course");
  await expect(page.getByRole("progressbar", { name: en.progressLabel })).toBeVisible();
  await expect(page.getByText("Prices in GH₵: Ɛ ɛ Ɔ ɔ Ŋ ŋ.")).toBeVisible();
  await expect(page.locator("[data-notice=standalone]")).toContainText(en.noticeStandalone);
});

test("the package page works from file:// (classic script, relative URLs), as in the Moodle app offline", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(site.fileUrlOf(COURSE));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every block");
  await expect(page.getByRole("img", { name: "A market stall with dresses" })).toHaveJSProperty(
    "complete",
    true,
  );
  expect(
    await page
      .getByRole("img", { name: "A market stall with dresses" })
      .evaluate((image) => (image as HTMLImageElement).naturalWidth),
  ).toBeGreaterThan(0);
  await page.getByRole("button", { name: en.next }).click();
  await expect(page.getByText(en.screenOf(2, 3))).toBeVisible();
  expect(errors).toEqual([]);
});

test("blocks: figure with caption, lazy images with alt, glossary disclosure, table, callout words, audio with transcript", async ({
  page,
}) => {
  await page.goto(site.urlOf(BLOCKS));
  const figure = page.getByRole("figure");
  await expect(figure.getByRole("img", { name: "A market stall with dresses" })).toHaveAttribute(
    "loading",
    "lazy",
  );
  await expect(figure.locator("figcaption")).toHaveText("Ama's stall at the market");
  const term = page.getByRole("button", { name: "mobile money" });
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await term.click();
  await expect(page.getByRole("note", { name: en.glossaryDefinition("Mobile money") })).toContainText(
    "Payments sent from a phone",
  );
  await expect(page.getByRole("table")).toContainText("GH₵ 120");
  // This page holds one lesson: a link to another is named, not a dead link.
  await expect(page.getByText("the next lesson")).toBeVisible();
  await expect(page.getByRole("link", { name: "the next lesson" })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: en.next }).click();
  for (const word of [en.calloutTip, en.calloutWarning, en.calloutExample, en.calloutTakeaway]) {
    await expect(page.getByRole("complementary", { name: word })).toContainText(word);
  }
  await expect(page.locator("audio")).toHaveAttribute("preload", "none");
  const transcript = page.getByRole("region", { name: en.transcript });
  await expect(transcript).toBeHidden();
  await page.getByRole("button", { name: en.showTranscript }).click();
  await expect(transcript).toContainText("Ama explains how she sets her prices.");
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
});

test("a required question gates Next; the lesson menu and lesson links jump; credits come from course.md", async ({
  page,
}) => {
  await page.goto(site.urlOf(COURSE));
  await page.getByRole("link", { name: "the next lesson" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A quick check");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const next = page.getByRole("button", { name: en.next });
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(next).toHaveAccessibleDescription(en.answerRequired);
  await next.dispatchEvent("click");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A quick check");

  await page.getByRole("button", { name: en.courseMenu }).click();
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: /Every block/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every block");

  // About this course is the menu's last entry.
  await page.getByRole("button", { name: en.courseMenu }).click();
  await page.getByRole("button", { name: en.credits }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.credits);
  await expect(page.getByText("CC-BY-SA-4.0")).toBeVisible();
  await expect(page.getByRole("link", { name: "Market photo" })).toHaveAttribute(
    "href",
    "https://example.org/market",
  );
  await expect(page.getByText("Ama Mensah (author)")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
});

test("Next by keyboard puts focus on what the learner reads next at once, even when no animation frame comes", async ({
  page,
}) => {
  await holdAnimationFrames(page);
  await page.goto(site.urlOf(COURSE));
  await tabTo(page, page.getByRole("button", { name: en.next, exact: true }));
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[1-6]$/);
});

test("resume after reload restores the screen and the answers (local tracker)", async ({ page }) => {
  await page.goto(site.urlOf(COURSE));
  await page.getByRole("link", { name: "the next lesson" }).click();
  await page.getByRole("radio", { name: "GH₵ 8" }).check();
  await page.getByRole("button", { name: en.submit }).click();
  await expect(page.getByTestId("feedback")).toContainText(en.incorrect);
  await expect(page.getByRole("button", { name: en.retry })).toBeFocused();
  await expect(page.getByTestId("live-region")).toHaveText(
    `${en.incorrect}. Too low: she loses money on every dress. Prices must cover costs. ${en.attemptsLeft(1)}`,
  );
  await expect(page.getByText("Too low: she loses money on every dress.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A quick check");
  await expect(page.getByRole("radio", { name: "GH₵ 8" })).toBeChecked();
  await expect(page.getByTestId("feedback")).toContainText(en.incorrect);
  await expect(page.getByText(en.attemptsLeft(1))).toBeVisible();
});

test("a page whose scope is not in the model says the course could not be loaded", async ({ page }) => {
  await page.goto(site.urlOf(MISSING));
  await expect(page.getByRole("alert")).toHaveText(en.loadFailed);
});

test.describe("reflow at 320 CSS pixels", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("no page scrolls sideways: blocks, every example, credits, assessment", async ({ page }) => {
    for (const scope of [BLOCKS, ...examples.map((example) => example.scope)]) {
      await page.goto(site.urlOf(scope));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await hasNoHorizontalScroll(page), JSON.stringify(scope)).toBe(true);
    }
    await page.getByRole("button", { name: en.courseMenu }).click();
    expect(await hasNoHorizontalScroll(page), "lessons menu").toBe(true);
    await page.getByRole("button", { name: en.credits }).click();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await page.goto(site.urlOf(ASSESSMENT));
    await page.getByRole("button", { name: en.startAssessment }).click();
    await expect(page.getByRole("radio").first()).toBeVisible();
    expect(await hasNoHorizontalScroll(page), "assessment").toBe(true);
  });
});
