import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { startPreview } from "../../../cli/dev.ts";
import { withBuildLock } from "../../../exporters/site/build-lock.ts";
import { SAMPLE_COURSE } from "./site-build.ts";

/** Inserts a paragraph right after the frontmatter, on the lesson's first screen (the one shown). */
function onFirstScreen(markdown: string, paragraph: string): string {
  const end = markdown.indexOf("\n---", 4) + "\n---".length;
  return `${markdown.slice(0, end)}\n\n${paragraph}\n${markdown.slice(end)}`;
}

/** The first visit may be aborted once when Vite reloads after optimizing dependencies. */
async function gotoStable(page: Page, url: string): Promise<void> {
  try {
    await page.goto(url);
  } catch {
    await page.goto(url);
  }
  await page.waitForLoadState("networkidle");
}

async function previewJourney(page: Page): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), "coursemark-preview-"));
  const course = path.join(scratch, "sample");
  await cp(SAMPLE_COURSE, course, { recursive: true });
  const lessonFile = path.join(course, "01-getting-started", "01-welcome.md");
  const original = await readFile(lessonFile, "utf8");
  const preview = await startPreview([course], 0);
  try {
    await gotoStable(page, new URL("/sample/getting_started/welcome/", preview.url).href);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    // Course media load in the preview too (not only in the built site).
    const images = page.locator("main img:visible");
    await expect(images.first()).toBeVisible();
    await expect
      .poll(() =>
        images.evaluateAll((all) => all.every((image) => (image as HTMLImageElement).naturalWidth > 0)),
      )
      .toBe(true);

    await writeFile(lessonFile, onFirstScreen(original, "A fresh sentence from the author."));
    await expect(page.getByText("A fresh sentence from the author.", { exact: true })).toBeVisible({
      timeout: 15_000,
    });

    await writeFile(lessonFile, onFirstScreen(original, "Broken on purpose: {{no_such_variable}}"));
    const overlay = page.locator(".preview-diagnostics");
    await expect(overlay).toContainText("unknown-variable", { timeout: 15_000 });
    await expect(overlay).toContainText(/01-welcome\.md:\d+:\d+/);
    await expect(overlay).toContainText("hint:");
    // The last good build is still shown.
    await expect(page.getByText("A fresh sentence from the author.", { exact: true })).toBeVisible();

    await writeFile(lessonFile, original);
    await expect(overlay).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByText("A fresh sentence from the author.", { exact: true })).toHaveCount(0);
  } finally {
    await preview.stop();
  }
}

// The dev server and site builds share the project's .astro folder: hold the build lock meanwhile.
test("the author preview reloads on save, shows diagnostics and keeps the last good build", async ({
  page,
}) => {
  // A dev server's start and rebuilds take what they take on a busy machine; each step waits for its condition.
  test.setTimeout(300_000);
  await withBuildLock(process.cwd(), () => previewJourney(page));
});
