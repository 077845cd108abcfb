/**
 * Issue 11: a notice takes no more than one line on a 360 px phone. The device notice ("progress
 * saved on this device only") in each language the player speaks, on the sample's welcome lesson:
 * English, and the French and Arabic editions as a learner opens them. The sample has no Twi edition,
 * so the Twi wording is measured in the English page's notice, in its place (same box, same font).
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { ar } from "../../../engine/runtime/messages/ar.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { fr } from "../../../engine/runtime/messages/fr.ts";
import { tw } from "../../../engine/runtime/messages/tw.ts";
import { servedSite } from "./site-build.ts";

const server = servedSite();
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** The lines a text takes: the distinct tops of its line boxes. */
const linesOf = (text: Locator) =>
  text.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });

async function openNotice(page: Page, course: string): Promise<Locator> {
  await page.goto(`${server.url}/${course}/getting_started/welcome/`);
  const notice = page.locator(".cm-island > div > .cm-player [data-notice=standalone]");
  await expect(notice).toBeVisible();
  return notice;
}

for (const { course, messages } of [
  { course: "sample", messages: en },
  { course: "sample_fr", messages: fr },
  { course: "sample_ar", messages: ar },
]) {
  test(`${course}: the device notice takes one line at 360 px`, async ({ page }) => {
    const notice = await openNotice(page, course);
    const text = notice.locator(".cm-notice-text");
    await expect(text).toHaveText(messages.noticeStandalone);
    expect(await linesOf(text)).toBe(1);
    // One line high: no taller than its 32 px row (the dismiss button overhangs it).
    expect((await notice.boundingBox())?.height).toBeLessThanOrEqual(34);
  });
}

test("Twi: the device notice's wording takes one line in the notice at 360 px", async ({ page }) => {
  const notice = await openNotice(page, "sample");
  const text = notice.locator(".cm-notice-text");
  await text.evaluate((node, words) => {
    node.textContent = words;
    node.setAttribute("lang", "tw");
  }, tw.noticeStandalone);
  expect(await linesOf(text)).toBe(1);
  expect((await notice.boundingBox())?.height).toBeLessThanOrEqual(34);
});
