/**
 * Issue 11: a package's photo fits the phone it is shown on. The sample's SCORM 2004 module package,
 * built with the real target and player and played in the LMS harness, on a 360 px phone: the photo
 * the browser downloads is the 480 px WebP variant (DPR 1) or the 720 px one (DPR 2), never the
 * 960 px one or the original, and the lesson stays free of axe violations. Opened standalone, the
 * photo's box is reserved before it loads (its width and height), so nothing moves when it arrives.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import { expectBoxReservedWhileImageLoads, imageFile } from "../support/image-boxes.ts";
import { type InstalledCourse, installCourse, type LmsSite, startLmsSite } from "./support/lms-site.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PHOTO = /media\/shito-photo\.[^/]*$/;
const PHOTO_ALT = "A jar of Efua's shito with a yellow lid on her kitchen table";

let site: LmsSite;
let installed: InstalledCourse;

test.beforeAll(async () => {
  site = await startLmsSite();
  installed = await installCourse(site, "scorm2004", createScorm2004Target(runtimePlayer));
});
test.afterAll(async () => site?.close());

for (const { deviceScaleFactor, expected } of [
  { deviceScaleFactor: 1, expected: 480 },
  { deviceScaleFactor: 2, expected: 720 },
]) {
  test.describe(`a 360 px phone at DPR ${deviceScaleFactor}`, () => {
    test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor });

    test(`downloads the ${expected} px WebP variant of a lesson's photo, nothing larger`, async ({
      page,
    }) => {
      const loaded: Array<{ url: string; bytes: number }> = [];
      page.on("response", async (response) => {
        if (PHOTO.test(response.url()))
          loaded.push({ url: response.url(), bytes: (await response.body()).byteLength });
      });
      const module = installed.course.modules[0];
      if (!module) throw new Error("the sample has modules");
      const sco = await (await installed.start(page, `${installed.course.id}--${module.id}`)).sco();
      const photo = sco.getByRole("img", { name: PHOTO_ALT });
      await photo.scrollIntoViewIfNeeded();
      // naturalWidth of a srcset image is its width in CSS px (the file's width / the chosen density):
      // the file's own width is read from the file the browser picked (currentSrc).
      await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete)).toBe(true);
      const picked = await photo.evaluate(async (image: HTMLImageElement) => {
        const file = new Image();
        file.src = image.currentSrc;
        await file.decode();
        return { path: new URL(image.currentSrc).pathname, width: file.naturalWidth };
      });
      expect(picked.path).toMatch(new RegExp(`shito-photo\\.w${expected}\\.webp$`));
      expect(picked.width).toBe(expected);
      const names = [...new Set(loaded.map((response) => response.url.replace(/^.*\//, "")))];
      expect(names).toEqual([`shito-photo.w${expected}.webp`]);
      test.info().annotations.push({
        type: "photo bytes",
        description: loaded.map((response) => `${response.url}: ${response.bytes} B`).join(", "),
      });
      const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    });
  });
}

for (const width of [360, 1280]) {
  test(`opened standalone at ${width} px, the photo's box is reserved before it loads: nothing moves when it arrives`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    const module = installed.course.modules[0];
    if (!module) throw new Error("the sample has modules");
    const live = page.locator("#coursemark > .cm-player");
    const image = live.getByRole("img", { name: PHOTO_ALT });
    const shift = await expectBoxReservedWhileImageLoads(page, {
      url: `${site.url}/packages/${installed.course.id}--${module.id}/index.html`,
      file: imageFile("course-src/sample/media/shito-photo.png"),
      image,
      after: image.locator("xpath=following-sibling::figcaption"),
      ready: live,
    });
    expect(shift).toBeLessThan(0.01);
    test.info().annotations.push({ type: "layout shift when the photo arrives", description: `${shift}` });
  });
}
