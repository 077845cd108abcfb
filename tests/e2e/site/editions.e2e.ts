import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ar } from "../../../engine/runtime/messages/ar.ts";
import { siteMessagesFor } from "../../../site/lib/site-messages.ts";
import { servedSite } from "./site-build.ts";

const server = servedSite();

/** The sample course's translations: the switcher's name, the welcome lesson's title and its first screen's heading in each. */
const EDITIONS = [
  { lang: "fr", name: "français", title: "Bienvenue chez Efua's Kitchen", heading: "Voici Efua" },
  { lang: "ar", name: "العربية", title: "مرحبًا بك في Efua's Kitchen", heading: "تعرّف على إيفوا" },
];

for (const edition of EDITIONS) {
  test(`a learner switches a lesson to ${edition.name} (translations/${edition.lang}.xlf) and back`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.url}/sample/getting_started/welcome/`);
    const languages = page.getByRole("navigation", { name: "Languages" });
    await expect(languages.getByRole("link", { name: "English (Ghana)" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await languages.getByRole("link", { name: edition.name }).click();

    await expect(page).toHaveURL(`${server.url}/sample_${edition.lang}/getting_started/welcome/`);
    await expect(page.locator("html")).toHaveAttribute("lang", edition.lang);
    const live = page.locator(".cm-island > div > .cm-player");
    await expect(live.getByRole("heading", { level: 1, name: edition.title })).toBeVisible();
    // The first screen's heading says what the screen is about; it does not repeat the title above it.
    await expect(live.getByRole("heading", { level: 2, name: edition.heading })).toBeVisible();
    await expect(live.getByRole("heading", { name: edition.title })).toHaveCount(1);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await page
      .getByRole("navigation", { name: siteMessagesFor(edition.lang).languages })
      .getByRole("link", { name: "English (Ghana)" })
      .click();
    await expect(page).toHaveURL(`${server.url}/sample/getting_started/welcome/`);
  });
}

test("the Arabic web edition runs right to left on its pages at 320, 360 and 1280 px: axe 0, nothing scrolls sideways", async ({
  page,
}) => {
  // Nine axe runs (three pages, three widths): more than a minute on a busy machine.
  test.setTimeout(180_000);
  for (const path of ["/sample_ar/", "/sample_ar/getting_started/welcome/", "/sample_ar/assessment/"]) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    // The edition's pages find the course's media, and the player speaks Arabic too: in the live
    // player, which replaces the static first paint (and its images) once mounted.
    if ((await page.locator(".cm-island").count()) > 0)
      await expect(page.locator(".cm-island > div > .cm-player")).toBeVisible();
    const images = page.locator("main img");
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
    }
    if (path.includes("welcome"))
      await expect(page.getByRole("button", { name: ar.courseMenu })).toBeVisible();
    for (const width of [320, 360, 1280]) {
      await page.setViewportSize({ width, height: 740 });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((violation) => violation.id),
        `${path} at ${width} px`,
      ).toEqual([]);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
        `${path} at ${width} px scrolls sideways`,
      ).toBe(true);
    }
  }
});
