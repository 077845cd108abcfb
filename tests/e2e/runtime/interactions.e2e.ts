import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { interactionSlices } from "../../../engine/interactions/registry.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { answerRightly } from "./support/answer.ts";
import { type ExamplePage, examplePages } from "./support/example-pages.ts";
import { keyboardInput, touchInput } from "./support/input.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";
import { buildTestCourse } from "./support/test-course.ts";

/** WCAG 2.0–2.2, levels A and AA. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Tap targets under 44×44 CSS px (glossary terms inside a sentence are exempt, WCAG 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page
    .locator(
      "button:visible, select:visible, input[type=text]:visible, textarea:visible, label.cm-option-label:visible",
    )
    .evaluateAll((elements) =>
      elements
        .filter((element) => !element.classList.contains("cm-term-button"))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ element, box }) => `${element.tagName} "${element.textContent}" ${box.width}×${box.height}`),
    );
}

const pages: ExamplePage[] = examplePages(await buildTestCourse());
let site: PlayerSite;

test.beforeAll(async () => {
  site = await buildPlayerSite(pages.map((page) => page.scope));
});
test.afterAll(async () => {
  await site.close();
});

test("every registered interaction type has an example page", () => {
  expect(pages.map((page) => page.interaction.type).sort()).toEqual(
    interactionSlices.map((slice) => slice.type).sort(),
  );
});

test("fill-in: an anticipated wrong answer shows its feedback and tries; Show answer gives the right one", async ({
  page,
}) => {
  const example = pages.find((candidate) => candidate.type === "fill-in");
  if (!example) throw new Error("no fill-in example");
  await page.goto(site.urlOf(example.scope));
  const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
  await section.getByRole("textbox").fill("  Calling ");
  await expect(section.getByText(en.charactersLeft(30))).toBeVisible();
  await section.getByRole("button", { name: en.submit }).click();
  await expect(section.getByTestId("feedback")).toContainText(en.incorrect);
  await expect(section.getByText("Calling is fine, but this customer sent a chat message.")).toBeVisible();
  await expect(section.getByRole("button", { name: en.retry })).toBeFocused();
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.getByText(`${en.correctAnswerIs}: contacting`)).toBeVisible();
  await expect(section.getByRole("textbox")).toHaveAttribute("readonly", "");
});

for (const example of pages) {
  test.describe(example.type, () => {
    test("axe finds no WCAG 2.2 AA violation, before and after answering", async ({ page }) => {
      await page.goto(site.urlOf(example.scope));
      const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
      await expect(section).toBeVisible();
      expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
      await answerRightly(section, example.interaction, keyboardInput(page));
      expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
    });

    test("keyboard only: answered rightly with Tab, arrows, Space, Enter and typing", async ({ page }) => {
      await page.goto(site.urlOf(example.scope));
      const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
      await answerRightly(section, example.interaction, keyboardInput(page));
      await expect(page.getByTestId("live-region")).not.toBeEmpty();
    });

    test("resume: after a reload the answer and its feedback are back (local tracker)", async ({ page }) => {
      await page.goto(site.urlOf(example.scope));
      const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
      await answerRightly(section, example.interaction, keyboardInput(page));
      const before = (await section.getByTestId("feedback").textContent()) ?? "";
      const controls = await section
        .locator("input, select, textarea")
        .evaluateAll((elements) =>
          elements.map((element) =>
            element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")
              ? element.checked
              : (element as HTMLInputElement).value,
          ),
        );
      await page.reload();
      await expect(section.getByTestId("feedback")).toHaveText(before);
      expect(
        await section
          .locator("input, select, textarea")
          .evaluateAll((elements) =>
            elements.map((element) =>
              element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox")
                ? element.checked
                : (element as HTMLInputElement).value,
            ),
          ),
      ).toEqual(controls);
    });

    test.describe("touch, 360×740", () => {
      test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
      test("answered rightly with taps on targets of at least 44×44 px", async ({ page }) => {
        await page.goto(site.urlOf(example.scope));
        const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
        await expect(section).toBeVisible();
        expect(await smallTargets(page)).toEqual([]);
        await answerRightly(section, example.interaction, touchInput());
      });
    });
  });
}
