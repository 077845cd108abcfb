/**
 * Issue 11 in the LMS: the Ghana course's SCORM 2004 packages, built with the real target and player,
 * played in the harness as Moodle plays them on a 360 × 740 phone. The lesson starts in the top 200 px
 * of the SCO's frame, one Previous/Next pair crosses lessons and stays on one row at 320 px, focus
 * follows the learner (the new screen's heading, the new lesson's title, question 1), and axe finds
 * nothing.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Frame, type Page, test } from "@playwright/test";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import { touchInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import { type InstalledCourse, installCourse, type LmsSite, startLmsSite } from "./support/lms-site.ts";

const COURSE_DIR = "course-src/selling-online";
const CONTENT_TOP = 200;
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

let site: LmsSite;
let installed: InstalledCourse;
let course: CourseModel;

test.beforeAll(async () => {
  test.setTimeout(0);
  site = await startLmsSite();
  installed = await installCourse(site, "scorm2004", createScorm2004Target(runtimePlayer), COURSE_DIR);
  course = installed.course;
});
test.afterAll(async () => site?.close());

async function openModule1(page: Page): Promise<Frame> {
  const module = course.modules[0];
  if (!module) throw new Error("the course has no module");
  const sco = await (await installed.start(page, `${course.id}--${module.id}`)).sco();
  await expect(sco.locator(".cm-player h1")).toHaveText(module.lessons[0]?.title ?? "");
  return sco;
}

/** Top of an element in its own frame's viewport (the SCO's page, whatever the LMS puts around it). */
const topIn = (sco: Frame, selector: string) =>
  sco
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top);

test("the launch page starts with the lesson: its first block in the top 200 px, no sideways scroll", async ({
  page,
}) => {
  const sco = await openModule1(page);
  expect(await topIn(sco, ".cm-screen > :first-child")).toBeLessThanOrEqual(CONTENT_TOP);
  expect(await sco.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await sco.evaluate(() => document.documentElement.clientWidth),
  );
});

test("Next crosses lessons on one row at 320 px; focus goes to each new screen's heading, a new lesson's title", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 740 });
  const [first, second] = course.modules[0]?.lessons ?? [];
  if (!first || !second) throw new Error("module 1 needs two lessons");
  const sco = await openModule1(page);
  const questions = interactionsById(course);
  const nav = sco.locator(".cm-step-nav");
  for (let screen = 1; screen <= first.screens.length; screen += 1) {
    const [previous, next] = await nav.locator(":scope > *").all();
    const [a, b] = [await previous?.boundingBox(), await next?.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThan(1);
    expect(await sco.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      await sco.evaluate(() => document.documentElement.clientWidth),
    );
    await answerVisibleQuestions(sco, questions, touchInput());
    const last = screen === first.screens.length;
    await nav.getByRole("button", { name: last ? en.nextLesson : en.next, exact: true }).tap();
    if (last) break;
    await expect(sco.locator(".cm-screen").getByRole("heading").first()).toBeFocused();
  }
  const title = sco.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(second.title);
  await expect(title).toBeFocused();
  // Previous on a lesson's first screen: the previous lesson's last screen.
  await nav.getByRole("button", { name: en.previous, exact: true }).tap();
  await expect(title).toHaveText(first.title);
  await expect(sco.getByText(en.screenOf(first.screens.length, first.screens.length))).toBeVisible();
});

test("starting the assessment puts focus on question 1; axe 0 on the lesson and the assessment", async ({
  page,
}) => {
  const axe = async () =>
    // The SCO's page only: the harness page around it is not the product.
    (
      await new AxeBuilder({ page })
        .include("iframe[name=sco]")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze()
    ).violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  const lesson = await openModule1(page);
  await lesson.getByRole("button", { name: en.courseMenu }).tap();
  expect(await axe()).toEqual([]);

  const sco = await (await installed.start(page, `${course.id}--assessment`)).sco();
  await sco.getByRole("button", { name: en.startAssessment }).tap();
  const drawn = course.assessment.perModule * course.modules.length;
  await expect(sco.locator(":focus")).toHaveText(en.questionOf(1, drawn));
  expect(await axe()).toEqual([]);
});
