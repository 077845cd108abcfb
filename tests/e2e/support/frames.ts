import type { Page } from "@playwright/test";

/**
 * Resolves after the page has rendered two more frames: whatever a change laid out has been painted,
 * and the layout shifts it caused have been reported. A condition, not a time, so it holds on a busy
 * machine too.
 */
export const nextFrames = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * A phone too busy to paint: from the next page load on, no animation frame ever comes. Whatever a
 * press should do at once (focus above all) must then not wait for one.
 */
export const holdAnimationFrames = (page: Page): Promise<unknown> =>
  page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
