/**
 * Issue 11 on the web edition, for the Ghana course on a 360 × 740 phone: the lesson starts in the top
 * 200 px, the device notice shifts nothing, one Previous/Next pair (one row at 320 px) crosses lessons,
 * focus follows the learner, and axe finds nothing.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import type { CourseModel, Lesson } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { urls } from "../../../site/lib/urls.ts";
import { touchInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import { nextFrames } from "../support/frames.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";
import { buildSite } from "./site-build.ts";

const COURSE_DIR = "course-src/selling-online";
const CONTENT_TOP = 200;
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
let server: StaticServer;
let course: CourseModel;

test.beforeAll(async () => {
  test.setTimeout(0);
  // The same build as journey.e2e.ts (shared within a run).
  const siteDir = await buildSite(COURSE_DIR, "model,site", { NODE_ENV: "development" });
  course = JSON.parse(await readFile(path.join(siteDir, "..", "model", "selling_online.json"), "utf8"));
  server = await serveStatic(siteDir);
});
test.afterAll(async () => server?.close());

function lessonsOfModule1(): Lesson[] {
  const lessons = course.modules[0]?.lessons ?? [];
  if (lessons.length < 2) throw new Error("module 1 needs two lessons");
  return lessons;
}
const lessonUrl = (lesson: Lesson) =>
  `${server.url}${urls.lesson(course.id, course.modules[0]?.id ?? "", lesson.id)}`;

/** The live player (mounted over the static first paint). */
const live = (page: Page) => page.locator(".cm-island > div > .cm-player");

async function openLesson(page: Page, lesson: Lesson): Promise<void> {
  await page.goto(lessonUrl(lesson));
  await expect(live(page)).toBeVisible();
}

const topOf = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())?.y ?? Number.POSITIVE_INFINITY;

test("every lesson of module 1 starts in the top 200 px, before and after the script runs", async ({
  browser,
}) => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
    const page = await context.newPage();
    for (const lesson of lessonsOfModule1()) {
      await page.goto(lessonUrl(lesson));
      if (javaScriptEnabled) await expect(live(page)).toBeVisible();
      const player = javaScriptEnabled ? ".cm-island > div > .cm-player" : ".cm-island .cm-player";
      await expect(page.locator(`${player} h1`)).toHaveText(lesson.title);
      // The lesson's own content: the screen's first block (here its heading).
      const top = await topOf(page, `${player} .cm-screen > :first-child`);
      expect(top, `${lesson.title}, script ${javaScriptEnabled ? "on" : "off"}`).toBeLessThanOrEqual(
        CONTENT_TOP,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    await context.close();
  }
});

test("the device notice is in the first paint: the lesson does not move when the live player takes over; one line, dismissable", async ({
  browser,
  page,
}) => {
  await page.addInitScript(() => {
    // What moved, by layout-shift entry: whether the lesson's title or anything above it did.
    const moved: boolean[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{ sources: Array<{ node?: Node }> }>) {
        for (const { node } of entry.sources) {
          const title = document.querySelector(".cm-island h1");
          moved.push(
            node instanceof Element &&
              (node.matches(".cm-notices, .cm-meta, h1") || (title !== null && node.contains(title))),
          );
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
    Object.assign(window, { titleMoves: moved });
  });
  const [lesson] = lessonsOfModule1();
  if (!lesson) throw new Error("no lesson");
  const firstPaint = await browser.newPage({
    viewport: { width: 360, height: 740 },
    javaScriptEnabled: false,
  });
  await firstPaint.goto(lessonUrl(lesson));
  const staticNotice = firstPaint.locator(".cm-island [data-notice=standalone]");
  await expect(staticNotice).toContainText(en.noticeStandalone);
  const staticTitle = await firstPaint.locator(".cm-island h1").boundingBox();
  await firstPaint.close();

  await page.goto(lessonUrl(lesson));
  const notice = live(page).locator("[data-notice=standalone]");
  await expect(notice).toContainText(en.noticeStandalone);
  expect(await live(page).locator("h1").boundingBox()).toEqual(staticTitle);
  await nextFrames(page);
  expect(
    await page.evaluate(() => (window as unknown as { titleMoves: boolean[] }).titleMoves),
  ).not.toContain(true);
  // One line: no taller than its 32 px dismiss button.
  expect((await notice.boundingBox())?.height).toBeLessThanOrEqual(34);
  await notice.getByRole("button", { name: en.dismiss }).click();
  await expect(notice).toHaveCount(0);
});

test("one Previous/Next pair on one row at 320 px; Next on a lesson's last screen opens the next lesson, Previous on its first the one before", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 740 });
  const [first, second] = lessonsOfModule1();
  if (!first || !second) throw new Error("two lessons");
  const questions = interactionsById(course);
  const touch = touchInput();
  await openLesson(page, first);
  const nav = live(page).locator(".cm-step-nav");
  const expectOneRow = async () => {
    const [previous, next] = await nav.locator(":scope > *").all();
    const [a, b] = [await previous?.boundingBox(), await next?.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  };
  for (let screen = 1; screen < first.screens.length; screen += 1) {
    await expectOneRow();
    await answerVisibleQuestions(page, questions, touch);
    await nav.getByRole("button", { name: en.next, exact: true }).click();
    // Focus moves to the new screen's heading (or the lesson title when the screen opens without one).
    await expect(page.locator(":focus")).toHaveRole("heading");
    await expect(live(page).getByText(en.screenOf(screen + 1, first.screens.length))).toBeVisible();
  }
  await answerVisibleQuestions(page, questions, touch);
  await expectOneRow();
  await nav.getByRole("link", { name: new RegExp(`^${en.nextLesson}`) }).click();
  await expect(page).toHaveURL(lessonUrl(second));
  await expect(live(page).getByRole("heading", { level: 1 })).toHaveText(second.title);
  await expectOneRow();
  // Back: the previous lesson's page opens where the learner left it, its last screen.
  await nav.getByRole("link", { name: new RegExp(`^${en.previous}`) }).click();
  await expect(page).toHaveURL(lessonUrl(first));
  await expect(live(page).getByText(en.screenOf(first.screens.length, first.screens.length))).toBeVisible();
});

test("focus goes to the new screen's heading after Next and after Previous", async ({ page }) => {
  const lesson = lessonsOfModule1().find((each) => each.screens.length > 1);
  if (!lesson) throw new Error("a lesson with two screens");
  await openLesson(page, lesson);
  const island = live(page);
  await answerVisibleQuestions(page, interactionsById(course), touchInput());
  await island.getByRole("button", { name: en.next, exact: true }).click();
  const secondHeading = island.locator(".cm-screen").getByRole("heading").first();
  await expect(secondHeading).toBeFocused();
  await island.getByRole("button", { name: en.previous, exact: true }).click();
  await expect(island.locator(".cm-screen").getByRole("heading").first()).toBeFocused();
});

test("starting the assessment puts focus on question 1", async ({ page }) => {
  await page.goto(`${server.url}/${course.id}/assessment/`);
  await expect(live(page)).toBeVisible();
  await live(page).getByRole("button", { name: en.startAssessment }).click();
  await expect(page.locator(":focus")).toHaveText(
    en.questionOf(1, course.assessment.perModule * course.modules.length),
  );
});

for (const width of [320, 360, 1280]) {
  test(`a lesson page, lessons menu open: no axe violations at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const [lesson] = lessonsOfModule1();
    if (!lesson) throw new Error("no lesson");
    await openLesson(page, lesson);
    await live(page).getByRole("button", { name: en.courseMenu }).click();
    await expect(live(page).getByRole("navigation", { name: en.courseMenu })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
