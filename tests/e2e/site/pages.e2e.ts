import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { siteMessagesFor } from "../../../site/lib/site-messages.ts";
import { servedSite } from "./site-build.ts";

const server = servedSite();

test("the catalogue lists exactly the listed courses of this build: none, the sample being unlisted", async ({
  page,
}) => {
  await page.goto(`${server.url}/`);
  // Other builds of this project (another course) must not leak in through Astro's cached store.
  await expect(page.locator("li.card")).toHaveCount(0);
  await expect(page.getByText(siteMessagesFor("en").noCourses)).toBeVisible();
  expect((await page.goto(`${server.url}/sample/`))?.status()).toBe(200);
});

test("photos come in smaller WebP variants the browser picks from (lazy, with alt)", async ({ page }) => {
  const webp: string[] = [];
  page.on("response", (response) => {
    if (response.headers()["content-type"] === "image/webp") webp.push(response.url());
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.url}/sample/getting_started/welcome/`);
  // The live player (mounted over the static render) is the one the learner uses.
  const live = page.locator(".cm-island > div > .cm-player");
  await expect(live).toBeVisible();
  const photo = live.getByRole("img", {
    name: "A jar of Efua's shito with a yellow lid on her kitchen table",
  });
  await expect(photo).toHaveAttribute("srcset", /shito-photo\.w480\.webp 480w/);
  await expect(photo).toHaveAttribute("loading", "lazy");
  await photo.scrollIntoViewIfNeeded();
  await expect
    .poll(() => photo.evaluate((image) => (image as HTMLImageElement).currentSrc))
    .toMatch(/\.webp$/);
  expect(webp.some((url) => url.endsWith(".webp"))).toBe(true);
});

const PAGE_TYPES = {
  catalogue: "/",
  course: "/sample/",
  lesson: "/sample/getting_started/welcome/",
  glossary: "/sample/glossary/",
  assessment: "/sample/assessment/",
  credits: "/sample/credits/",
  certificate: "/sample/certificate/",
};

for (const [type, pathname] of Object.entries(PAGE_TYPES)) {
  test(`${type} page: no axe violations and no request leaves 127.0.0.1`, async ({ page }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (!["127.0.0.1", ""].includes(url.hostname) && !url.protocol.startsWith("data"))
        foreign.push(request.url());
    });
    const response = await page.goto(`${server.url}${pathname}`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.locator("html").getAttribute("lang")).toBeTruthy();
  });
}

test("a link in a lesson to another lesson opens that lesson's page", async ({ page }) => {
  await page.goto(`${server.url}/sample/getting_started/welcome/`);
  const link = page.getByRole("link", { name: "Photos that sell" });
  // The link sits on a later screen of the lesson.
  for (let step = 0; step < 10 && !(await link.isVisible()); step += 1) {
    await page.getByRole("button", { name: "Next", exact: true }).click();
  }
  await link.click();
  await expect(page).toHaveURL(`${server.url}/sample/taking_orders/photos_that_sell/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Photos that sell");
});
