/**
 * After checking: the learner's own answer stays clear and marked, each part right or wrong in
 * words, the explanation announced with the verdict; sequencing positions; image options named by
 * their alt text, never by a verdict.
 */
import { expect, test } from "@playwright/test";
import { en } from "../../../engine/runtime/messages/en.ts";
import { holdAnimationFrames } from "../support/frames.ts";
import { answerRightly, answerWrongly, giveWrongAnswer } from "./support/answer.ts";
import { buildExampleSite, type ExampleSite, expectNoAxeViolation } from "./support/example-site.ts";
import { keyboardInput, tabTo, touchInput } from "./support/input.ts";

let site: ExampleSite;
// Touch and keyboard both work everywhere; each test uses one or the other.
test.use({ hasTouch: true });
test.beforeAll(async () => {
  site = await buildExampleSite();
});
test.afterAll(async () => {
  await site.close();
});

test("single choice: the learner's option stays at full strength, marked, and its explanation is announced", async ({
  page,
}) => {
  const { section } = await site.open(page, "single-choice");
  const chosen = section.getByRole("radio", { name: "GH₵ 5" });
  await chosen.check();
  await section.getByRole("button", { name: en.submit }).click();
  await expect(page.getByTestId("live-region")).toHaveText(
    `${en.incorrect}. Too low: she loses money on every dress.`,
  );
  await expect(section.getByRole("button", { name: en.retry })).toBeFocused();
  // Locked, not disabled (no pale control); its marks describe it, its name stays its text.
  await expect(chosen).toBeChecked();
  await expect(chosen).not.toHaveAttribute("disabled");
  await expect(chosen).toBeDisabled();
  await expect(chosen).toHaveAccessibleDescription(`${en.yourAnswer} ${en.incorrect}`);
  await section.getByRole("radio", { name: "GH₵ 11" }).click({ force: true });
  await expect(chosen).toBeChecked();
  await chosen.focus();
  await page.keyboard.press("ArrowDown");
  await expect(chosen).toBeChecked();
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.getByRole("radio", { name: "GH₵ 12.50" })).toHaveAccessibleDescription(
    en.correctAnswerIs,
  );
  await expectNoAxeViolation(page);
});

test("Retry by keyboard puts focus back on the answer at once, even when no animation frame comes", async ({
  page,
}) => {
  await holdAnimationFrames(page);
  const { section } = await site.open(page, "single-choice");
  await section.getByRole("radio", { name: "GH₵ 5" }).check();
  await section.getByRole("button", { name: en.submit }).click();
  const retry = section.getByRole("button", { name: en.retry });
  await expect(retry).toBeFocused();
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("radio");
  await expect(section.getByRole("radio", { name: "GH₵ 5" })).toBeFocused();
});

test("fill-in: the explanation of an anticipated wrong answer is announced with the verdict", async ({
  page,
}) => {
  const { section } = await site.open(page, "fill-in");
  await section.getByRole("textbox").fill("calling");
  await section.getByRole("button", { name: en.submit }).click();
  await expect(page.getByTestId("live-region")).toHaveText(
    `${en.incorrect}. Calling is fine, but this customer sent a chat message.`,
  );
});

for (const type of ["matching", "categorise"] as const) {
  test(`${type}: after checking, each row shows the learner's choice as text, marked right or wrong`, async ({
    page,
  }) => {
    const { section, interaction } = await site.open(page, type);
    const rows = section.locator(".cm-rows > li");
    const count = await rows.count();
    await answerWrongly(section, interaction, touchInput());
    await expect(section.getByRole("combobox")).toHaveCount(0);
    await expect(rows.filter({ hasText: `${en.yourAnswer}:` })).toHaveCount(count);
    await expect(rows.filter({ hasText: en.incorrect })).toHaveCount(count);
    await expect(rows.filter({ hasText: `${en.correctAnswerIs}:` })).toHaveCount(0);
    await section.getByRole("button", { name: en.showAnswer }).click();
    await expect(rows.filter({ hasText: `${en.correctAnswerIs}:` })).toHaveCount(count);
    await expectNoAxeViolation(page);
  });

  test(`${type}: a right answer marks every row right`, async ({ page }) => {
    const { section, interaction } = await site.open(page, type);
    const rows = section.locator(".cm-rows > li");
    const count = await rows.count();
    await answerRightly(section, interaction, keyboardInput(page));
    await expect(rows.filter({ hasText: en.correct })).toHaveCount(count);
  });
}

test("sequencing: positions are shown and moves announced; once checked, each step is marked", async ({
  page,
}) => {
  const { section, interaction } = await site.open(page, "sequencing");
  const steps = section.locator("[data-step]");
  await expect(steps.locator(".cm-number")).toHaveText(["1", "2", "3", "4"]);
  const last = steps.last();
  const label = (await last.locator(".cm-row-label").textContent()) ?? "";
  await last.getByRole("button", { name: en.moveUpItem(label) }).click();
  await expect(page.getByTestId("live-region")).toHaveText(en.movedTo(label, 3, 4));
  await expect(steps.nth(2)).toContainText(label);
  await expect(steps.nth(2).locator(".cm-number")).toHaveText("3");
  await giveWrongAnswer(section, interaction, touchInput());
  await section.getByRole("button", { name: en.submit }).click();
  await expect(section.getByRole("button", { name: en.moveUp })).toHaveCount(0);
  await expect(steps.filter({ hasText: en.incorrect })).toHaveCount(interaction.steps.length);
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.locator(".cm-model-answer li")).toHaveText([
    "Dial the mobile money menu code",
    'Choose "Pay merchant"',
    "Enter Ama's merchant ID and GH₵ 45",
    "Confirm with your PIN",
  ]);
});

test("sequencing by keyboard on a busy phone: focus follows the moved step at once, so quick keys land where the learner expects", async ({
  page,
}) => {
  await holdAnimationFrames(page);
  const { section } = await site.open(page, "sequencing");
  const last = section.locator("[data-step]").last();
  const id = await last.getAttribute("data-step");
  const label = (await last.locator(".cm-row-label").textContent()) ?? "";
  const focused = () =>
    page.evaluate(() => [
      document.activeElement?.closest("[data-step]")?.getAttribute("data-step"),
      document.activeElement?.getAttribute("aria-label"),
    ]);
  await tabTo(page, last.getByRole("button", { name: en.moveUpItem(label) }));
  const steps = await section.locator("[data-step]").count();
  for (let position = steps - 1; position > 1; position--) {
    await page.keyboard.press("Enter");
    expect(await focused()).toEqual([id, en.moveUpItem(label)]);
  }
  // At the top Move up is disabled: focus goes to Move down in the same task, so Enter moves it back.
  await page.keyboard.press("Enter");
  expect(await focused()).toEqual([id, en.moveDownItem(label)]);
  await page.keyboard.press("Enter");
  await expect(section.locator("[data-step]").nth(1)).toHaveAttribute("data-step", id ?? "");
  const check = section.getByRole("button", { name: en.submit });
  await tabTo(page, check);
  await page.keyboard.press("Enter");
  await expect(section.getByTestId("feedback")).toBeVisible();
  await expect(section.getByRole("button", { name: en.moveUp })).toHaveCount(0);
});

test.describe("sequencing at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  test("fits the screen: no sideways scroll, every move button whole and at least 44 px", async ({
    page,
  }) => {
    const { section } = await site.open(page, "sequencing");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const button of await section.locator("[data-step] button").all()) {
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320, "inside the screen").toBe(true);
      expect(box && box.width >= 44 && box.height >= 44, "44 px target").toBe(true);
    }
    await expectNoAxeViolation(page);
  });
});

test("image options are named by their alt text, before and after checking, never by a verdict", async ({
  page,
}) => {
  const { section } = await site.open(page, "views.image_options");
  const dark = "A dark photo: the jar is hard to see";
  const bright = "A bright photo: the jar stands on a plain cloth in daylight";
  const radios = section.getByRole("radio");
  const expectNames = async () => {
    await expect(radios.nth(0)).toHaveAccessibleName(dark);
    await expect(radios.nth(1)).toHaveAccessibleName(bright);
  };
  await expectNames();
  await radios.nth(0).check();
  await section.getByRole("button", { name: en.submit }).click();
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expectNames();
  await expect(radios.nth(0)).toHaveAccessibleDescription(`${en.yourAnswer} ${en.incorrect}`);
  await expect(radios.nth(1)).toHaveAccessibleDescription(en.correctAnswerIs);
  await expectNoAxeViolation(page);
});
