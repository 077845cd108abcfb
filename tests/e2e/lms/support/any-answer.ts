/**
 * Gives some answer to whatever question is on the screen, whatever its type, the way a hurried
 * learner would: the first choice, the first box, a word in a text field, the first option of each
 * list, the first hotspot or path. Used where the answer does not matter, only that it is journaled.
 */
import type { Frame, Locator } from "@playwright/test";
import { en, type Messages } from "../../../../engine/runtime/messages/en.ts";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (texts: readonly string[]) => texts.map(escaped).join("|");

/** The question's own actions in the player's language: Submit, and the buttons that are not an answer. */
function actionNames(messages: Messages) {
  const submit = [messages.submit, messages.save];
  const actions = [
    ...submit,
    messages.retry,
    messages.showAnswer,
    messages.hint,
    messages.changeAnswer,
    messages.moveUp,
    messages.moveDown,
    messages.scenarioRestart,
  ];
  return {
    submit: new RegExp(`^(${anyOf(submit)})$`),
    /** Buttons that are the answer itself: hotspot regions, a scenario's choices. */
    answer: new RegExp(`^(?!(${anyOf(actions)}))`),
  };
}

async function firstOf(locator: Locator, act: (item: Locator) => Promise<void>): Promise<void> {
  const item = locator.first();
  if ((await item.count()) > 0 && (await item.isEnabled())) await act(item);
}

/** Whether the question can be submitted now: its Submit button is there and enabled. */
async function canSubmit(submit: Locator): Promise<boolean> {
  return (await submit.count()) > 0 && (await submit.isEnabled());
}

async function answerRegion(region: Locator, submit: Locator, answerButton: RegExp): Promise<void> {
  await firstOf(region.getByRole("radio"), (radio) => radio.check());
  await firstOf(region.getByRole("checkbox"), (box) => box.check());
  for (const field of await region.getByRole("textbox").all()) {
    if (await field.isEditable()) await field.fill("25");
  }
  for (const select of await region.getByRole("combobox").all()) {
    const values = await select
      .locator("option")
      .evaluateAll((options) =>
        options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== ""),
      );
    if (values[0] !== undefined && (await select.isEnabled())) await select.selectOption(values[0]);
  }
  // A hotspot needs a region tapped; a scenario needs a choice per scene until it ends (and submits itself).
  const feedback = region.getByTestId("feedback");
  for (
    let steps = 0;
    steps < 10 && !(await canSubmit(submit)) && (await feedback.count()) === 0;
    steps += 1
  ) {
    const choice = region.getByRole("button", { name: answerButton }).first();
    if ((await choice.count()) === 0 || !(await choice.isEnabled())) return;
    await choice.click();
  }
}

/** Answers and submits every question on the screen; returns how many were submitted. */
export async function answerAnything(sco: Frame, messages: Messages = en): Promise<number> {
  const names = actionNames(messages);
  let submitted = 0;
  for (let rounds = 0; rounds < 20; rounds += 1) {
    // Questions not answered yet, by id (a scenario has no Submit button: it submits at its ending).
    const open = await sco
      .getByRole("main")
      .locator("[data-interaction]")
      .filter({ hasNot: sco.getByTestId("feedback") })
      .evaluateAll((sections) => sections.map((section) => section.getAttribute("data-interaction")));
    let progressed = false;
    for (const id of open) {
      const region = sco.locator(`[data-interaction="${id}"]`);
      const submit = region.getByRole("button", { name: names.submit }).first();
      await answerRegion(region, submit, names.answer);
      if (await canSubmit(submit)) await submit.click();
      if ((await region.getByTestId("feedback").count()) > 0) {
        submitted += 1;
        progressed = true;
      }
    }
    if (!progressed) return submitted;
  }
  return submitted;
}
