import type { Page } from "@playwright/test";

/**
 * What scrolls sideways or is cut off on the player's page: the page wider than the screen, an
 * element outside it, or text clipped by overflow (screen-reader-only text is clipped on purpose).
 */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth}px wide`);
    for (const element of document.querySelectorAll<HTMLElement>("#coursemark *")) {
      if (element.closest(".cm-visually-hidden")) continue;
      const style = getComputedStyle(element);
      const clips = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
      const name = `${element.tagName.toLowerCase()}.${element.className} “${element.textContent?.slice(0, 40)}”`;
      if (clips && element.scrollWidth > element.clientWidth + 1 && element.textContent?.trim())
        problems.push(`${name} cut off (${element.scrollWidth} > ${element.clientWidth})`);
      const box = element.getBoundingClientRect();
      if (
        box.width > 0 &&
        (box.right > root.clientWidth + 1 || box.left < -1) &&
        style.position !== "absolute"
      )
        problems.push(`${name} outside the screen (${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    return problems;
  });
}
