/**
 * Issue 11: the home page's course cards and the learner's course page, on the web edition of the
 * Ghana course and the sample (one shared build): covers (a drawing whole, a photo as the variant
 * that fits the phone), the start button in the first screen of a 360 px phone, module thumbnails,
 * axe 0 and no sideways scroll at 320, 360 and 1280 px, right to left in the Arabic edition.
 */
import { expect, type Page, test } from "@playwright/test";
import { expectAccessibleAtWidths } from "../support/accessible-widths.ts";
import { GHANA_COURSE, SAMPLE_COURSE, servedSite } from "./site-build.ts";

const WIDTHS = [320, 360, 1280];

const server = servedSite([GHANA_COURSE, SAMPLE_COURSE]);

const expectAccessibleAtEveryWidth = (page: Page) => expectAccessibleAtWidths(page, WIDTHS);

test("the home page's card shows the course's cover and facts, and the whole card opens the course", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.url}/`);
  const card = page.locator("li.course-card");
  await expect(card).toHaveCount(1);
  const cover = card.getByRole("img", { name: /^Two product cards/ });
  await expect(cover).toBeVisible();
  expect(await cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(
    true,
  );
  await expect(card.locator(".course-facts li")).toHaveText([
    "8 modules",
    /^about \d+ minutes$/,
    "English (Ghana)",
  ]);
  await expectAccessibleAtEveryWidth(page);
  const time = await card.locator(".course-facts li").nth(1).textContent();
  await page.setViewportSize({ width: 360, height: 740 });
  await card.click({ position: { x: 40, y: 40 } }); // on the cover: the title's link covers the card
  await expect(page).toHaveURL(`${server.url}/selling_online/`);
  // The course page states the same time as its card (both rounded to 5 minutes).
  await expect(page.locator(".course-facts li", { hasText: /minutes$/ })).toHaveText(time ?? "");
});

test("the course page leads with the cover, the title and the start button within a phone's first screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.url}/selling_online/`);
  await expect(page.getByRole("img", { name: /^Two product cards/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selling Online: Grow Your Business");
  const start = page.getByRole("link", { name: "Start the course" });
  const box = await start.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(740);
  expect(box?.height).toBeGreaterThanOrEqual(44);
  // Each module's cover is a decorative thumbnail beside its title; each module has its progress bar.
  const modules = page.locator("li.module-card");
  await expect(modules).toHaveCount(8);
  await expect(modules.locator(".cover-thumb img[alt='']")).toHaveCount(8);
  await expect(modules.getByRole("progressbar", { name: "Why go online?" })).toHaveJSProperty("value", 0);
  await expectAccessibleAtEveryWidth(page);
});

test("a photo cover downloads as the WebP variant that fits: 480 px on a 360 px phone, never the original", async ({
  page,
}) => {
  const photos: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("shito-photo")) photos.push(response.url().replace(/^.*\//, ""));
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${server.url}/sample/`);
  const cover = page.getByRole("img", {
    name: "A jar of Efua's shito with a yellow lid on her kitchen table",
  });
  await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.complete)).toBe(true);
  expect(await cover.evaluate((image: HTMLImageElement) => new URL(image.currentSrc).pathname)).toBe(
    "/sample/media/shito-photo.w480.webp",
  );
  expect(photos).toEqual(["shito-photo.w480.webp"]);
});

test("the Arabic edition's course page runs right to left with its translated cover alt text", async ({
  page,
}) => {
  await page.goto(`${server.url}/sample_ar/`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(
    page.getByRole("img", { name: "علبة شيتو من صنع إيفوا بغطاء أصفر على طاولة مطبخها" }),
  ).toBeVisible();
  await expectAccessibleAtEveryWidth(page);
});
