/** The controls a learner answers with, operated with one input only (keyboard or touch). */
import type { Locator } from "@playwright/test";
import { plainText } from "../../../../engine/interactions/plain-text.ts";
import type { RichText } from "../../../../engine/model/hast.ts";
import { en, type Messages } from "../../../../engine/runtime/messages/en.ts";
import type { Input } from "./input.ts";

/** Chooses the options with these labels (radios: the last one wins). */
export async function chooseOptions(
  section: Locator,
  input: Input,
  role: "radio" | "checkbox",
  labels: string[],
): Promise<void> {
  for (const label of labels) {
    const target = section.getByRole(role, { name: label, exact: true });
    if (role === "radio") {
      // Arrow keys follow the group's order on screen, which may be shuffled.
      const index = await target.evaluate((radio) =>
        [...document.getElementsByName(radio.getAttribute("name") ?? "")].indexOf(radio as HTMLElement),
      );
      await input.chooseRadio(section.getByRole("radio").first(), target, index);
    } else await input.press(target);
  }
}

/** Puts steps in the given order with the Move up buttons only (the keyboard and touch alternative to dragging). */
export async function orderSteps(
  section: Locator,
  input: Input,
  steps: ReadonlyArray<{ id: string; content: RichText }>,
  messages: Messages = en,
): Promise<void> {
  for (const [position, step] of steps.entries()) {
    const ids = await section
      .locator("[data-step]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-step")));
    const from = ids.indexOf(step.id);
    for (let moves = from; moves > position; moves--) {
      await input.press(section.getByRole("button", { name: messages.moveUpItem(plainText(step.content)) }));
    }
  }
}

/** Chooses, in each named select, the option with the given label (matching, categorise). */
export async function selectEach(
  section: Locator,
  input: Input,
  choices: ReadonlyArray<readonly [select: string, option: string]>,
): Promise<void> {
  for (const [name, label] of choices) {
    const select = section.getByRole("combobox", { name });
    const options = await select.locator("option").allTextContents();
    await input.select(select, label, options.indexOf(label));
  }
}

/** Presses the buttons with these exact names in turn (hotspot regions, a scenario's choices). */
export async function pressEach(section: Locator, input: Input, names: readonly string[]): Promise<void> {
  for (const name of names) await input.press(section.getByRole("button", { name, exact: true }));
}
