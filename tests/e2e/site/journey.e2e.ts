import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Frame, test } from "@playwright/test";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { touchInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";
import { buildSite } from "./site-build.ts";

// The course the product exists for (issue 6): module 1 and the final assessment, on the web edition.
const COURSE_DIR = "course-src/selling-online";
// A learner on a low-end phone: small touch screen.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
let server: StaticServer;
let course: CourseModel;

test.beforeAll(async () => {
  test.setTimeout(0);
  const siteDir = await buildSite(COURSE_DIR, "model,site", { NODE_ENV: "development" });
  course = JSON.parse(await readFile(path.join(siteDir, "..", "model", "selling_online.json"), "utf8"));
  server = await serveStatic(siteDir);
});
test.afterAll(async () => server?.close());

async function nextScreen(frame: Frame): Promise<boolean> {
  const next = frame.locator(".cm-island").getByRole("button", { name: en.next, exact: true });
  if ((await next.count()) === 0 || !(await next.first().isEnabled())) return false;
  await next.first().click();
  return true;
}

test("a learner completes module 1, resumes after a reload, and passes the final assessment", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const questions = interactionsById(course);
  const touch = touchInput();
  const firstModule = course.modules[0];
  if (!firstModule) throw new Error("no module");
  const frame = page.mainFrame();

  await page.goto(`${server.url}/${course.id}/`);
  await page.getByRole("link", { name: "Start the course" }).click();

  // Where to leave and come back: the first screen of module 1 with a question that is not a lesson's last.
  const resumeLesson = firstModule.lessons.findIndex((lesson) =>
    lesson.screens.slice(0, -1).some((screen) => screen.blocks.some((block) => block.kind === "interaction")),
  );
  const island = page.locator(".cm-island");
  const position = island.getByText(/^Screen \d+ of \d+$/);

  for (const [index, lesson] of firstModule.lessons.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
    for (let screen = 0; screen < 10; screen += 1) {
      const answered = await answerVisibleQuestions(page, questions, touch);
      if (index === resumeLesson && answered > 0 && screen < lesson.screens.length - 1) {
        await nextScreen(frame);
        const shown = await position.textContent();
        await page.reload();
        await expect(position).toHaveText(shown ?? "");
        // The answers before are restored: nothing is left to answer on the previous screen.
        await island.getByRole("button", { name: en.previous, exact: true }).click();
        expect(await answerVisibleQuestions(page, questions, touch)).toBe(0);
        await nextScreen(frame);
        continue;
      }
      if (!(await nextScreen(frame))) break;
    }
    await expect(page.getByText(en.lessonComplete)).toBeVisible();
    // The player's one Next: on a lesson's last screen, a link to the next lesson.
    await island.getByRole("link", { name: new RegExp(`^${en.nextLesson}`) }).click();
  }
  expect(resumeLesson).toBeGreaterThanOrEqual(0);

  await page.goto(`${server.url}/${course.id}/`);
  for (const lesson of firstModule.lessons) {
    await expect(page.locator(`[data-lesson-item="${lesson.id}"] [data-done-mark]`)).toBeVisible();
  }
  await expect(page.locator("[data-progress-text]")).toContainText(`${firstModule.lessons.length} of`);
  // The module list shows each module's own progress: module 1 full, the next one empty.
  const moduleBar = (title: string) => page.getByRole("progressbar", { name: title, exact: true });
  await expect(moduleBar(firstModule.title)).toHaveJSProperty("value", firstModule.lessons.length);
  await expect(moduleBar(course.modules[1]?.title ?? "")).toHaveJSProperty("value", 0);
  await expect(page.getByRole("link", { name: "Continue where you left off" })).toBeVisible();

  await page.goto(`${server.url}/${course.id}/assessment/`);
  await page.getByRole("button", { name: en.startAssessment }).click();
  expect(await answerVisibleQuestions(page, questions, touch, { submitEach: false })).toBe(
    2 * course.modules.length,
  );
  await page.getByRole("button", { name: en.submitAssessment }).click();
  const score = page.getByRole("heading", { name: en.assessmentScore(100) });
  const announced = page.getByTestId("live-region");
  await expect(score).toBeFocused();
  await expect(announced).toHaveText(`${en.assessmentScore(100)} ${en.assessmentPassed}`);
  // Passing is kept on the device: after a reload the result is shown, focused and said again (the
  // last thing said, after the device notice).
  await page.reload();
  await expect(score).toBeFocused();
  await expect(page.getByText(en.assessmentPassed, { exact: true })).toBeVisible();
  await expect(announced).toHaveText(`${en.assessmentScore(100)} ${en.assessmentPassed}`);

  // The learner can start over: reset clears this device's progress in the course.
  await page.goto(`${server.url}/${course.id}/`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Reset my progress" }).click();
  await expect(page.locator("[data-progress-text]")).toContainText("0 of");
  await expect(page.locator("[data-done-mark]:visible")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start the course" })).toBeVisible();
  await page.goto(`${server.url}/${course.id}/assessment/`);
  await expect(page.getByRole("button", { name: en.startAssessment })).toBeVisible();
});
