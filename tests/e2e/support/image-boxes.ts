/**
 * No layout shift when a lesson's image (or a video's poster) arrives: the file's request is held
 * while the page loads, the `<img>` (`<video>`) must already carry the file's width and height and be
 * laid out in the file's shape; once the file arrives, neither it nor what follows it may move. The
 * oracle reads the file itself (a PNG's header, an SVG's root attributes), never the build's model.
 */
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { nextFrames } from "./frames.ts";

export interface ImageFile {
  /** Matches the URLs the page loads the image from (the file or its WebP variants). */
  url: RegExp;
  /** A drawing (SVG): no pixels to blur, so it may be shown wider than its size. */
  vector: boolean;
  width: number;
  height: number;
}

/** A PNG's size from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") throw new Error("not a PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** An SVG's size in px from its root's `width`/`height`, or its viewBox when it has neither (as the course files are). */
function svgSize(text: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(text)?.[0] ?? "";
  const number = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1] ?? 0);
  if (number("width") && number("height")) return { width: number("width"), height: number("height") };
  const [, , width = 0, height = 0] = (/\sviewBox="([^"]*)"/.exec(root)?.[1] ?? "")
    .split(/[\s,]+/)
    .map(Number);
  return { width, height };
}

/** The size of a course's image file, and the URLs that load it (`media/shop.png`, `media/shop.w480.webp`). */
export function imageFile(coursePath: string): ImageFile {
  const bytes = readFileSync(coursePath);
  const size = coursePath.endsWith(".svg") ? svgSize(bytes.toString("utf8")) : pngSize(bytes);
  const stem = coursePath.replace(/^.*\//, "").replace(/\.\w+$/, "");
  return { url: new RegExp(`/${stem}\\.[^/]*$`), vector: coursePath.endsWith(".svg"), ...size };
}

/** Layout shifts of the page (without recent input), from its first paint on. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Array<{ at: number; value: number }> = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >)
        if (!entry.hadRecentInput) shifts.push({ at: entry.startTime, value: entry.value });
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Where an element is on the page (not in the viewport: scrolling is no shift). */
const pageBox = (element: Locator) =>
  element.evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
  });

/** Whether the held file has arrived: an image's pixels; a video's poster once the same file decodes. */
async function expectShown(element: Locator, response: Promise<unknown>): Promise<void> {
  await response;
  if ((await element.evaluate((node) => node.tagName)) === "IMG")
    await expect
      .poll(() => element.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth > 0))
      .toBe(true);
  // A poster has no load state to read: the same file, decoded by an image of our own, is ready.
  else
    await element.evaluate(async (video: HTMLVideoElement) => {
      const poster = new Image();
      poster.src = video.poster;
      await poster.decode();
    });
}

/**
 * Opens `url` with the image (a video's poster) held back and checks the element's box before and
 * after the file arrives; `after` is something laid out below it. Returns the layout shift the
 * file's arrival caused (the sum of shift scores from the moment it was let through).
 */
export async function expectBoxReservedWhileImageLoads(
  page: Page,
  options: { url: string; file: ImageFile; image: Locator; after: Locator; ready: Locator },
): Promise<number> {
  const { file, image, after } = options;
  let letThrough = () => {};
  const arrived = new Promise<void>((resolve) => {
    letThrough = resolve;
  });
  await page.route(file.url, async (route) => {
    await arrived;
    await route.continue();
  });
  await recordLayoutShifts(page);
  // Not "load": a held poster holds the page's load event too.
  await page.goto(options.url, { waitUntil: "domcontentloaded" });
  await expect(options.ready).toBeVisible();
  await image.scrollIntoViewIfNeeded();
  await nextFrames(page);

  // Not arrived (a held poster cannot have arrived either).
  expect(await image.evaluate((node) => (node instanceof HTMLImageElement ? node.naturalWidth : 0))).toBe(0);
  await expect(image).toHaveAttribute("width", String(file.width));
  await expect(image).toHaveAttribute("height", String(file.height));
  const held = await pageBox(image);
  const viewport = page.viewportSize()?.width ?? 0;
  expect(held.width).toBeGreaterThan(0);
  // A photo is never scaled up (it would blur); a figure's drawing (a video) fills the column.
  expect(held.width).toBeLessThanOrEqual(file.vector ? viewport : Math.min(file.width, viewport));
  // The file's shape, to within the rounding of a pixel.
  expect(Math.abs(held.height - (held.width * file.height) / file.width)).toBeLessThanOrEqual(1);
  const heldAfter = await pageBox(after);

  const since = await page.evaluate(() => performance.now());
  const response = page.waitForResponse((candidate) => file.url.test(candidate.url()));
  letThrough();
  await expectShown(image, response);
  await nextFrames(page);
  expect(await pageBox(image)).toEqual(held);
  expect(await pageBox(after)).toEqual(heldAfter);
  return page.evaluate(
    (start) =>
      (window as unknown as { layoutShifts: Array<{ at: number; value: number }> }).layoutShifts
        .filter((shift) => shift.at >= start)
        .reduce((sum, shift) => sum + shift.value, 0),
    since,
  );
}
