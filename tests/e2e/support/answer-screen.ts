import type { Frame, Page } from "@playwright/test";
import type { Interaction } from "../../../engine/interactions/registry.ts";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { answerRightly, giveRightAnswer } from "../runtime/support/answer.ts";
import type { Input } from "../runtime/support/input.ts";

/** Every interaction of a course (lessons, panels, callouts and banks) by id: the answer key. */
export function interactionsById(course: CourseModel): Map<string, Interaction> {
  return interactionsIn(course.modules);
}

/** Every interaction inside a part of the model (a module's lessons, say), by id. */
export function interactionsIn(part: unknown): Map<string, Interaction> {
  const found = new Map<string, Interaction>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (record.kind === "interaction" && typeof record.id === "string")
        found.set(record.id, record as unknown as Interaction);
      else for (const child of Object.values(record)) visit(child);
    }
  };
  visit(part);
  return found;
}

/**
 * Answers rightly, with the given input, every question on the current screen that is still open,
 * submitting and checking each one; in the assessment (`submitEach: false`) items are only
 * answered, as the learner submits them together. Returns how many were answered.
 */
export async function answerVisibleQuestions(
  where: Page | Frame,
  key: ReadonlyMap<string, Interaction>,
  input: Input,
  submitEach = true,
): Promise<number> {
  const ids = await where
    .locator("[data-interaction]")
    .evaluateAll((sections) =>
      sections
        .filter((section) => section.checkVisibility())
        .map((section) => section.getAttribute("data-interaction") ?? ""),
    );
  let answered = 0;
  for (const id of ids) {
    const interaction = key.get(id);
    if (!interaction) continue;
    const section = where.locator(`[data-interaction="${id}"]`);
    if (!submitEach) await giveRightAnswer(section, interaction, input);
    else if (
      (await section.getByRole("button", { name: new RegExp(`^(${en.submit}|${en.save})$`) }).count()) > 0
    )
      await answerRightly(section, interaction, input);
    else continue;
    answered += 1;
  }
  return answered;
}
