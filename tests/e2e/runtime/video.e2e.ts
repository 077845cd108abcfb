/**
 * The `:::video` block in Chromium: native controls, nothing downloaded before play, captions,
 * the download size shown beside it, the transcript behind a disclosure; no axe violation and no
 * sideways scroll on a 320 px phone or a 1280 px screen.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { downloadSize } from "../../../engine/runtime/blocks/download-size.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import type { PlayerScope } from "../../../engine/runtime/scope.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const VIDEO: PlayerScope = { kind: "lesson", lessonId: "basics.video" };
const VIDEO_FILE = /\/media\/daylight-photo\.webm$/;
let site: PlayerSite;

test.beforeAll(async () => {
  site = await buildPlayerSite([VIDEO]);
});
test.afterAll(async () => site?.close());

function videoBytes(): number {
  const block = site.course.model.modules
    .flatMap((module) => module.lessons)
    .flatMap((lesson) => lesson.screens.flatMap((screen) => screen.blocks))
    .find((candidate) => candidate.kind === "video");
  if (block?.kind !== "video") throw new Error("the runtime fixture course has no video");
  return block.bytes;
}

for (const width of [320, 1280]) {
  test(`at ${width} px: controls, captions, size, transcript, no download before play, axe clean`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.urlOf(VIDEO));
    const video = page.locator("video");
    await expect(video).toHaveAttribute("controls", "");
    await expect(video).toHaveAttribute("preload", "none");
    await expect(video).not.toHaveAttribute("autoplay");
    await expect(video).toHaveAttribute("poster", /daylight-photo-poster\.svg$/);
    await expect(video).toHaveAccessibleName("A photo in daylight");
    const size = downloadSize(videoBytes());
    const details = en.videoDetails(size.amount, size.unit);
    await expect(page.getByText(details)).toBeVisible();
    await expect(video).toHaveAccessibleDescription(details);
    const track = video.locator("track");
    await expect(track).toHaveAttribute("kind", "captions");
    await expect(track).toHaveAttribute("srclang", "en-GH");
    await expect(track).toHaveAttribute("label", en.captions);
    await expect(track).toHaveAttribute("default", "");
    await expect(track).toHaveAttribute("src", /daylight-photo\.vtt$/);

    // The video keeps its shape (16:9, as its poster) and fits the column.
    const box = await video.boundingBox();
    expect(
      box && box.width <= width && Math.abs(box.height / box.width - 180 / 320) < 0.02,
      JSON.stringify(box),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

    const transcript = page.getByRole("region", { name: en.videoTranscript });
    await expect(transcript).toBeHidden();
    await page.getByRole("button", { name: en.showTranscript }).click();
    await expect(transcript).toContainText("She takes the photo in daylight, with no flash.");
    await expect(page.getByRole("button", { name: en.hideTranscript })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
    await page.getByRole("button", { name: en.hideTranscript }).click();
    await expect(transcript).toBeHidden();

    // Nothing of the video has loaded; pressing play fetches it and it plays with its captions.
    await page.waitForLoadState("networkidle");
    expect(requested.filter((path) => VIDEO_FILE.test(path))).toEqual([]);
    const videoRequest = page.waitForRequest((request) => VIDEO_FILE.test(new URL(request.url()).pathname));
    await video.evaluate((element: HTMLVideoElement) => {
      element.muted = true; // a muted video may play without the autoplay policy's user gesture
      return element.play();
    });
    await videoRequest;
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime))
      .toBeGreaterThan(0);
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.textTracks[0]?.cues?.length ?? 0))
      .toBe(3);
  });
}
