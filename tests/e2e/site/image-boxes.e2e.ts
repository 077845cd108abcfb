/**
 * No layout shift from a lesson's images on the web edition (Lighthouse measured 0.088 on a Ghana
 * course lesson with a drawing and 0.092 on the sample's lesson with a photo, from images without a
 * size): each `<img>` carries its file's width and height, its box has the file's shape before the
 * file arrives, and nothing moves when it does, on a phone and a desktop. A video's `<video>` does the
 * same with its poster's size.
 */
import { expect, test } from "@playwright/test";
import { expectBoxReservedWhileImageLoads, imageFile } from "../support/image-boxes.ts";
import { GHANA_COURSE, SAMPLE_COURSE, servedSite } from "./site-build.ts";

const LESSONS = [
  {
    what: "the sample's photo",
    path: "/sample/getting_started/welcome/",
    file: `${SAMPLE_COURSE}/media/shito-photo.png`,
    alt: "A jar of Efua's shito with a yellow lid on her kitchen table",
  },
  {
    what: "a Ghana course drawing (viewBox only)",
    path: "/selling_online/why_go_online/where_customers_are/",
    file: `${GHANA_COURSE}/media/channels-ghana.svg`,
    alt: "Bar chart: WhatsApp 92%, Facebook 77%, TikTok 70% of internet users in Ghana",
  },
];

const server = servedSite([GHANA_COURSE, SAMPLE_COURSE]);

for (const width of [360, 1280]) {
  for (const lesson of LESSONS) {
    test(`${lesson.what} at ${width} px: its box is reserved before it loads, nothing moves when it arrives`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      const live = page.locator(".cm-island > div > .cm-player");
      const image = live.getByRole("img", { name: lesson.alt });
      const shift = await expectBoxReservedWhileImageLoads(page, {
        url: `${server.url}${lesson.path}`,
        file: imageFile(lesson.file),
        image,
        after: image.locator("xpath=following-sibling::figcaption"),
        ready: live,
      });
      expect(shift).toBeLessThan(0.01);
      test.info().annotations.push({ type: "layout shift when the image arrives", description: `${shift}` });
    });
  }
  test(`the sample's video at ${width} px: its poster's box is reserved before the poster loads, nothing moves when it arrives`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    const live = page.locator(".cm-island > div > .cm-player");
    const video = live.locator("video");
    const shift = await expectBoxReservedWhileImageLoads(page, {
      url: `${server.url}/sample/taking_orders/photos_that_sell/`,
      file: imageFile(`${SAMPLE_COURSE}/media/daylight-photo-poster.svg`),
      image: video,
      after: video.locator("xpath=following-sibling::figcaption"),
      ready: live,
    });
    expect(shift).toBeLessThan(0.01);
    await expect(video).toHaveAttribute("preload", "none");
    test.info().annotations.push({ type: "layout shift when the poster arrives", description: `${shift}` });
  });
}
