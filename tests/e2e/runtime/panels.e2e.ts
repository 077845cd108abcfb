import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { en } from "../../../engine/runtime/messages/en.ts";
import type { PlayerScope } from "../../../engine/runtime/scope.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const BLOCKS: PlayerScope = { kind: "lesson", lessonId: "basics.blocks" };
let site: PlayerSite;

test.beforeAll(async () => {
  site = await buildPlayerSite([BLOCKS]);
});
test.afterAll(async () => {
  await site.close();
});

test.use({ reducedMotion: "reduce" });

test("accordion, tabs (arrow keys) and flip cards work by keyboard, pass axe, and do not animate with reduced motion", async ({
  page,
}) => {
  await page.goto(site.urlOf(BLOCKS));
  await page.getByRole("button", { name: en.next }).click();
  await page.getByRole("button", { name: en.next }).click();
  await expect(page.getByText(en.screenOf(3, 3))).toBeVisible();

  const margin = page.getByRole("button", { name: "What is a margin?" });
  await expect(margin).toHaveAttribute("aria-expanded", "false");
  await margin.focus();
  await page.keyboard.press("Enter");
  await expect(margin).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("What is left after every cost is paid.")).toBeVisible();

  const whatsapp = page.getByRole("tab", { name: "WhatsApp" });
  await whatsapp.focus();
  await page.keyboard.press("ArrowRight");
  const facebook = page.getByRole("tab", { name: "Facebook" });
  await expect(facebook).toBeFocused();
  await expect(facebook).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Facebook" })).toContainText("Pin the price list");
  await page.keyboard.press("Home");
  await expect(whatsapp).toHaveAttribute("aria-selected", "true");

  await expect(page.getByRole("button", { name: `MoMo ${en.flipCardFront}` })).toBeVisible();
  const card = page.locator(".cm-flip-card-face").first();
  await expect(card).toHaveAttribute("aria-expanded", "false");
  await card.focus();
  await page.keyboard.press("Space");
  await expect(card).toHaveAttribute("aria-expanded", "true");
  await expect(card).toHaveAccessibleName(`MoMo ${en.flipCardBack}`);
  await expect(page.getByText("Mobile money: payments sent from a phone.")).toBeVisible();
  const face = page.locator(".cm-flip-card").first();
  expect(await face.evaluate((element) => getComputedStyle(element).transitionDuration)).toBe("0s");

  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
});

test("in a course in a language the player has no words for (Albanian), its English words are marked lang=en (WCAG 3.1.2)", async ({
  page,
}) => {
  const albanian = await buildPlayerSite([BLOCKS], { courseLang: "sq" });
  try {
    await page.goto(albanian.urlOf(BLOCKS));
    await expect(page.locator("html")).toHaveAttribute("lang", "sq");
    await expect(page.getByRole("contentinfo")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: en.courseMenu })).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveAttribute("lang", /./);
  } finally {
    await albanian.close();
  }
  await page.goto(site.urlOf(BLOCKS));
  await expect(page.getByRole("contentinfo")).not.toHaveAttribute("lang", /./);
});

test("the course theme sets the player's colours; fonts are the system's", async ({ page }) => {
  await page.goto(site.urlOf(BLOCKS));
  const player = page.locator(".cm-player");
  expect(
    await player.evaluate((element) => getComputedStyle(element).getPropertyValue("--cm-primary").trim()),
  ).toBe("#0b5d3b");
  expect(await player.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^system-ui/);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(requests.filter((url) => !url.startsWith(new URL(site.urlOf(BLOCKS)).origin))).toEqual([]);
});
