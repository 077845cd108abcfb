import { expect, type Locator, type Page } from "@playwright/test";

/** How a learner operates the controls: keyboard only, or touch only. */
export interface Input {
  readonly name: "keyboard" | "touch";
  /** Activates a button, checkbox or toggle. */
  press(target: Locator): Promise<void>;
  /** Chooses one radio button of a group (its first radio given as `first`). */
  chooseRadio(first: Locator, target: Locator, index: number): Promise<void>;
  type(target: Locator, text: string): Promise<void>;
  /** Chooses an option of a native select by its label (index counts the placeholder as 0). */
  select(target: Locator, label: string, index: number): Promise<void>;
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Moves focus with Tab only (wrapping around the page) until the target has it. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 250; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

export function keyboardInput(page: Page): Input {
  return {
    name: "keyboard",
    async press(target) {
      await tabTo(page, target);
      await page.keyboard.press((await target.getAttribute("type")) === "checkbox" ? "Space" : "Enter");
    },
    async chooseRadio(first, target, index) {
      await tabTo(page, first);
      if (index === 0) await page.keyboard.press("Space");
      for (let step = 0; step < index; step++) await page.keyboard.press("ArrowDown");
      await expect(target).toBeChecked();
    },
    async type(target, text) {
      await tabTo(page, target);
      await page.keyboard.type(text);
    },
    async select(target, label, index) {
      await tabTo(page, target);
      await page.keyboard.press("Home");
      for (let step = 0; step < index; step++) await page.keyboard.press("ArrowDown");
      await expect(target.locator("option:checked")).toHaveText(label);
    },
  };
}

export function touchInput(): Input {
  return {
    name: "touch",
    press: (target) => target.tap(),
    chooseRadio: (_first, target) => target.tap(),
    async type(target, text) {
      await target.tap();
      await target.fill(text);
    },
    async select(target, label) {
      await target.tap();
      await target.selectOption({ label });
    },
  };
}
