import { expect, test } from "@playwright/test";
import { serveStatic } from "../support/static-server.ts";
import { buildSite } from "./site-build.ts";

let siteDir: string;
test.beforeAll(async () => {
  test.setTimeout(0);
  siteDir = await buildSite();
});

test("a saved module opens and works with the server stopped", async ({ page }) => {
  const server = await serveStatic(siteDir);
  await page.goto(`${server.url}/sample/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const firstModule = page.locator("li.card").first();
  await firstModule.getByRole("button", { name: "Save this module for offline" }).click();
  await expect(firstModule.getByRole("status")).toContainText("Saved");
  const hrefsOf = (module: typeof firstModule) =>
    module
      .locator(".lesson-list a")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const savedLessons = await hrefsOf(firstModule);
  const [unsavedLesson] = await hrefsOf(page.locator("li.card").nth(1));
  expect(savedLessons.length).toBeGreaterThan(0);

  await server.close();
  for (const href of savedLessons) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1 }).first()).not.toBeEmpty();
    // The player's Previous/Next pair: the live player ran from the cache.
    await expect(page.locator(".cm-island > div .cm-step-nav")).toBeVisible();
  }
  // A lesson that was neither saved nor visited cannot load: the server is really gone.
  await expect(page.goto(unsavedLesson ?? "")).rejects.toThrow();
});
