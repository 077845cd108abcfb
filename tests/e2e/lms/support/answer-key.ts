/**
 * Answers the player's questions the way a learner would (clicking radios, typing, moving steps),
 * right or wrong on purpose, using the compiled model as the answer key. Questions are found by
 * their region's accessible name, which is the prompt text.
 */
import type { Frame, Locator } from "@playwright/test";
import type { CourseModel } from "../../../../engine/model/schema.ts";
import { en } from "../../../../engine/runtime/messages/en.ts";

type Interaction = Extract<CourseModel["modules"][number]["bank"][number], { kind: "interaction" }>;

interface HastLike {
  type?: string;
  value?: string;
  children?: HastLike[];
  [key: string]: unknown;
}

export function plainText(nodes: readonly unknown[]): string {
  const walk = (node: HastLike): string =>
    node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(walk).join(" ");
  return (nodes as HastLike[]).map(walk).join(" ").replace(/\s+/g, " ").trim();
}

function interactionsIn(value: unknown, found: Interaction[]): Interaction[] {
  if (Array.isArray(value)) for (const item of value) interactionsIn(item, found);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.kind === "interaction") found.push(record as unknown as Interaction);
    else for (const child of Object.values(record)) interactionsIn(child, found);
  }
  return found;
}

/** Every interaction of the course (lessons and banks) by its prompt text. */
export function answerKey(course: CourseModel): Map<string, Interaction> {
  const key = new Map<string, Interaction>();
  for (const interaction of interactionsIn(course.modules, [])) {
    const prompt = (interaction as { prompt?: unknown[] }).prompt;
    if (prompt) key.set(plainText(prompt), interaction);
  }
  return key;
}

const optionText = (option: { content: unknown[] }) => plainText(option.content);

async function orderSteps(region: Locator, wanted: readonly string[]): Promise<void> {
  for (const [index, step] of wanted.entries()) {
    for (let moves = 0; moves < wanted.length; moves += 1) {
      const shown = (await region.getByRole("listitem").allInnerTexts()).map((text) =>
        text.split("\n")[0]?.trim(),
      );
      if (shown.indexOf(step) <= index) break;
      const up = region.getByRole("button", { name: en.moveUpItem(step) });
      if (!(await up.isEnabled())) {
        throw new Error(
          `Cannot move "${step}" up; shown ${JSON.stringify(shown)}:\n${await region.ariaSnapshot()}`,
        );
      }
      await up.click();
    }
  }
}

/** Gives a right (`correct`) or wrong answer to the question in `region`. */
export async function answer(region: Locator, item: Interaction, correct: boolean): Promise<void> {
  const record = item as Interaction & Record<string, unknown>;
  switch (String(item.type)) {
    case "single-choice":
    case "true-false":
    case "poll": {
      const options = record.options as Array<{ content: unknown[]; correct?: boolean }>;
      const option = options.find((candidate) => (candidate.correct ?? true) === correct) ?? options[0];
      if (option) await region.getByRole("radio", { name: optionText(option), exact: true }).check();
      return;
    }
    case "multiple-response": {
      const options = record.options as Array<{ content: unknown[]; correct: boolean }>;
      const picked = correct
        ? options.filter((option) => option.correct)
        : options.filter((option) => !option.correct).slice(0, 1);
      for (const option of picked)
        await region.getByRole("checkbox", { name: optionText(option), exact: true }).check();
      return;
    }
    case "numeric": {
      const value = Number(record.answer);
      await region.getByRole("textbox").fill(String(correct ? value : value + 1000));
      return;
    }
    case "sequencing": {
      const steps = (record.steps as Array<{ content: unknown[] }>).map(optionText);
      await orderSteps(region, correct ? steps : [...steps].reverse());
      return;
    }
    default:
      throw new Error(`The journeys cannot answer a ${item.type} yet`);
  }
}

/** The questions now in `main`, by prompt text (regions are re-found by name: answering may add regions). */
async function questionNames(sco: Frame): Promise<string[]> {
  const names: string[] = [];
  for (const region of await sco.getByRole("main").getByRole("region").all()) {
    const prompt = region.locator("p").first();
    if ((await prompt.count()) > 0)
      names.push(((await prompt.textContent()) ?? "").replace(/\s+/g, " ").trim());
  }
  return names;
}

function questionNamed(sco: Frame, name: string): Locator {
  return sco.getByRole("main").getByRole("region", { name, exact: true });
}

/** Answers every question of an assessment page (no per-question check). */
export async function answerAll(
  sco: Frame,
  key: ReadonlyMap<string, Interaction>,
  correct: boolean,
): Promise<void> {
  for (const name of await questionNames(sco)) {
    const item = key.get(name);
    if (!item) throw new Error(`No answer key for "${name}"`);
    await answer(questionNamed(sco, name), item, correct);
  }
}

/** Answers every unanswered question on the current screen and checks each one. */
export async function answerScreen(
  sco: Frame,
  key: ReadonlyMap<string, Interaction>,
  correct: boolean,
): Promise<number> {
  let answered = 0;
  for (const name of await questionNames(sco)) {
    const item = key.get(name);
    if (!item) continue; // a region that is not a question (a callout, a notice)
    const region = questionNamed(sco, name);
    const check = region.getByRole("button", { name: /^(Check answer|Save)$/ });
    if ((await check.count()) === 0) continue;
    await answer(region, item, correct);
    if (await check.isEnabled()) {
      await check.click();
      answered += 1;
    }
  }
  return answered;
}
