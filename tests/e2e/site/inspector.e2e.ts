import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { startPreview } from "../../../cli/dev.ts";
import { compileCourse } from "../../../engine/model/compile-course.ts";
import { readCourse } from "../../../engine/source/read-course.ts";
import { withBuildLock } from "../../../exporters/site/build-lock.ts";
import { keyboardInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import { SAMPLE_COURSE } from "./site-build.ts";

async function inspectorJourney(page: Page): Promise<void> {
  const { model } = compileCourse(await readCourse(SAMPLE_COURSE));
  if (!model) throw new Error("the sample course does not compile");
  // A lesson whose first screen asks a question.
  const place = model.modules
    .flatMap((module) => module.lessons.map((lesson) => ({ module, lesson })))
    .find(({ lesson }) => lesson.screens[0]?.blocks.some((block) => block.kind === "interaction"));
  if (!place) throw new Error("no lesson starts with a question");
  const scratch = await mkdtemp(path.join(tmpdir(), "coursemark-inspector-"));
  const course = path.join(scratch, "sample");
  await cp(SAMPLE_COURSE, course, { recursive: true });
  const preview = await startPreview([course], 0);
  try {
    const url = new URL(`/sample/${place.module.id}/${place.lesson.id.split(".")[1]}/`, preview.url).href;
    try {
      await page.goto(url);
    } catch {
      await page.goto(url); // Vite may reload once after optimizing dependencies
    }
    const inspector = page.getByRole("complementary", { name: /LMS inspector/ });
    await expect(inspector).toBeVisible({ timeout: 30_000 });
    await expect(inspector.locator('[data-cmi="cmi.core.lesson_status"]')).toHaveText("incomplete");
    expect(await answerVisibleQuestions(page, interactionsById(model), keyboardInput(page))).toBeGreaterThan(
      0,
    );
    await expect(inspector.locator("[data-interactions-log] li").first()).toContainText(/correct/);
    await expect(inspector.locator("[data-suspend-data]")).toContainText(
      /suspend_data: [1-9]\d* \/ 4096 characters within the limit/,
    );
    await expect(inspector.locator('[data-cmi="cmi.core.lesson_location"]')).not.toHaveText("(not set)");
  } finally {
    await preview.stop();
  }
}

test("the preview's lesson pages run in SCORM 1.2 and show the LMS inspector", async ({ page }) => {
  // A dev server's start and rebuilds take what they take on a busy machine; each step waits for its condition.
  test.setTimeout(300_000);
  await withBuildLock(process.cwd(), () => inspectorJourney(page));
});
