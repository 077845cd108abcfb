import type { Frame, Page } from "@playwright/test";
import { behaviourOf } from "../../../engine/interactions/behaviours.ts";
import type { Interaction } from "../../../engine/interactions/registry.ts";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en, type Messages } from "../../../engine/runtime/messages/en.ts";
import { answerRightly, answerWrongly, giveRightAnswer, giveWrongAnswer } from "../runtime/support/answer.ts";
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

/** How a screen is answered: each question submitted and checked (lessons) or not (assessment); rightly or not. */
export interface AnswerOptions {
  submitEach?: boolean;
  /** false: every scored question clearly wrongly (unscored ones, which have no wrong answer, fully). */
  correct?: boolean;
  /** The player's words in the edition's language (default English). */
  messages?: Messages;
}

/**
 * Answers, with the given input, every question on the current screen that is still open, submitting
 * and checking each one; in the assessment (`submitEach: false`) items are only answered, as the
 * learner submits them together. Returns how many were answered.
 */
export async function answerVisibleQuestions(
  where: Page | Frame,
  key: ReadonlyMap<string, Interaction>,
  input: Input,
  { submitEach = true, correct = true, messages = en }: AnswerOptions = {},
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
    const rightly = correct || !behaviourOf(interaction).scoring.scored;
    if (!submitEach)
      await (rightly ? giveRightAnswer : giveWrongAnswer)(section, interaction, input, messages);
    else if ((await section.getByTestId("feedback").count()) === 0)
      await (rightly ? answerRightly : answerWrongly)(section, interaction, input, messages);
    else continue;
    answered += 1;
  }
  return answered;
}
