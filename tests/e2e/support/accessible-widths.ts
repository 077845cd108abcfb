import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Frame, type Page } from "@playwright/test";

/** WCAG 2.0–2.2, levels A and AA. */
export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * At each width: axe finds no WCAG 2.2 AA violation and nothing scrolls sideways, in the page or in
 * the frame given (a package inside the LMS harness).
 */
export async function expectAccessibleAtWidths(
  page: Page,
  widths: readonly number[],
  frame: Page | Frame = page,
): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 740 });
    const axe = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(
      axe.violations.map((violation) => violation.id),
      `${width} px`,
    ).toEqual([]);
    expect(
      await frame.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
      `${width} px: nothing scrolls sideways`,
    ).toBe(true);
  }
}
