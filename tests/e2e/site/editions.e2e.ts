import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { type StaticServer, serveStatic } from "../support/static-server.ts";
import { buildSite } from "./site-build.ts";

let server: StaticServer;
test.beforeAll(async () => {
  test.setTimeout(0);
  server = await serveStatic(await buildSite());
});
test.afterAll(async () => server?.close());

test("a learner switches a lesson to French (translations/fr.xlf) and back", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${server.url}/sample/getting_started/welcome/`);
  const languages = page.getByRole("navigation", { name: "Languages" });
  await expect(languages.getByRole("link", { name: "English (Ghana)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await languages.getByRole("link", { name: "français" }).click();

  await expect(page).toHaveURL(`${server.url}/sample_fr/getting_started/welcome/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const live = page.locator(".cm-island > div > .cm-player");
  await expect(live.getByRole("heading", { name: "Bienvenue chez Efua's Kitchen" }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await page
    .getByRole("navigation", { name: "Languages" })
    .getByRole("link", { name: "English (Ghana)" })
    .click();
  await expect(page).toHaveURL(`${server.url}/sample/getting_started/welcome/`);
});
