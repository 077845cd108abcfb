import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startPreview } from "../../../cli/dev.ts";
import { SAMPLE_COURSE } from "./site-build.ts";

test("the author preview reloads on save, shows diagnostics and keeps the last good build", async ({
  page,
}) => {
  const scratch = await mkdtemp(path.join(tmpdir(), "coursemark-preview-"));
  const course = path.join(scratch, "sample");
  await cp(SAMPLE_COURSE, course, { recursive: true });
  const lessonFile = path.join(course, "01-getting-started", "01-welcome.md");
  const original = await readFile(lessonFile, "utf8");
  const preview = await startPreview([course], 0);
  try {
    await page.goto(new URL("/sample/getting_started/welcome/", preview.url).href);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();

    await writeFile(lessonFile, `${original}\n\nA fresh sentence from the author.\n`);
    await expect(page.getByText("A fresh sentence from the author.")).toBeVisible({ timeout: 15_000 });

    await writeFile(lessonFile, `${original}\n\nBroken on purpose: {{no_such_variable}}\n`);
    const overlay = page.getByRole("alert");
    await expect(overlay).toContainText("unknown-variable", { timeout: 15_000 });
    await expect(overlay).toContainText(/01-welcome\.md:\d+:\d+/);
    await expect(overlay).toContainText("hint:");
    // The last good build is still shown.
    await expect(page.getByText("A fresh sentence from the author.")).toBeVisible();

    await writeFile(lessonFile, original);
    await expect(page.getByRole("alert")).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByText("A fresh sentence from the author.")).toHaveCount(0);
  } finally {
    await preview.stop();
  }
});
