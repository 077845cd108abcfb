import { expect, type Locator } from "@playwright/test";
import { behaviourOf } from "../../../../engine/interactions/behaviours.ts";
import { plainText } from "../../../../engine/interactions/plain-text.ts";
import type { Interaction } from "../../../../engine/interactions/registry.ts";
import { bestPath, walk } from "../../../../engine/interactions/scenario/scoring.ts";
import { en } from "../../../../engine/runtime/messages/en.ts";
import type { Input } from "./input.ts";

type Of<Type extends Interaction["type"]> = Extract<Interaction, { type: Type }>;

async function chooseOptions(
  section: Locator,
  input: Input,
  role: "radio" | "checkbox",
  labels: string[],
  all: string[],
) {
  for (const label of labels) {
    const target = section.getByRole(role, { name: label, exact: true });
    if (role === "radio")
      await input.chooseRadio(section.getByRole("radio").first(), target, all.indexOf(label));
    else await input.press(target);
  }
}

/** Puts steps in order with the Move up buttons only (the keyboard and touch alternative to dragging). */
async function orderSteps(section: Locator, input: Input, interaction: Of<"sequencing">) {
  for (const [position, step] of interaction.steps.entries()) {
    const ids = await section
      .locator("[data-step]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-step")));
    const from = ids.indexOf(step.id);
    for (let moves = from; moves > position; moves--) {
      await input.press(section.getByRole("button", { name: en.moveUpItem(plainText(step.content)) }));
    }
  }
}

/** Answers one interaction rightly (or fully, for unscored types), submits it and checks the verdict. */
export async function answerRightly(section: Locator, interaction: Interaction, input: Input): Promise<void> {
  await giveRightAnswer(section, interaction, input);
  const { scored } = behaviourOf(interaction).scoring;
  await input.press(section.getByRole("button", { name: scored ? en.submit : en.save, exact: true }));
  await expect(section.getByTestId("feedback")).toContainText(scored ? en.correct : en.answered);
}

/**
 * Gives the right answer (or a full one, for unscored types) with the given input only, without
 * submitting it (assessment items are submitted together).
 */
export async function giveRightAnswer(
  section: Locator,
  interaction: Interaction,
  input: Input,
): Promise<void> {
  switch (interaction.type) {
    case "single-choice":
    case "true-false":
    case "multiple-response": {
      const labels = interaction.options.map((option) => plainText(option.content));
      const right = interaction.options
        .filter((option) => option.correct)
        .map((option) => plainText(option.content));
      await chooseOptions(
        section,
        input,
        interaction.type === "multiple-response" ? "checkbox" : "radio",
        right,
        labels,
      );
      break;
    }
    case "poll": {
      const labels = interaction.options.map((option) => plainText(option.content));
      await chooseOptions(section, input, "radio", labels.slice(-1), labels);
      break;
    }
    case "checklist": {
      const labels = interaction.items.map((item) => plainText(item.content));
      await chooseOptions(section, input, "checkbox", labels, labels);
      break;
    }
    case "fill-in": {
      const accepted = interaction.answers.find((answer) => answer.correct && answer.match.kind === "text");
      if (accepted?.match.kind !== "text")
        throw new Error("the fill-in example needs a literal accepted answer");
      await input.type(section.getByRole("textbox"), accepted.match.text);
      break;
    }
    case "numeric":
      await input.type(section.getByRole("textbox"), String(interaction.answer).replace(".", ","));
      break;
    case "reflection":
      await input.type(section.getByRole("textbox"), "I will ask Efua. Ɛ ɛ Ɔ ɔ Ŋ ŋ GH₵ 5.");
      break;
    case "matching":
      for (const source of interaction.sources) {
        const select = section.getByRole("combobox", { name: en.matchFor(plainText(source.content)) });
        const label = plainText(
          interaction.targets.find((target) => target.id === source.target)?.content ?? [],
        );
        const options = await select.locator("option").allTextContents();
        await input.select(select, label, options.indexOf(label));
      }
      break;
    case "categorise":
      for (const card of interaction.cards) {
        const select = section.getByRole("combobox", { name: en.bucketFor(plainText(card.content)) });
        const label = plainText(
          interaction.buckets.find((bucket) => bucket.id === card.bucket)?.content ?? [],
        );
        const options = await select.locator("option").allTextContents();
        await input.select(select, label, options.indexOf(label));
      }
      break;
    case "sequencing":
      await orderSteps(section, input, interaction);
      break;
    case "hotspot":
      for (const region of interaction.regions.filter((candidate) => candidate.correct)) {
        await input.press(section.getByRole("button", { name: plainText(region.label), exact: true }));
      }
      break;
    case "scenario": {
      const path = bestPath(interaction) ?? [];
      const scenes = walk(interaction, path) ?? [];
      for (const [index, choiceId] of path.entries()) {
        const choice = scenes[index]?.choices.find((candidate) => candidate.id === choiceId);
        await input.press(
          section.getByRole("button", { name: plainText(choice?.content ?? []), exact: true }),
        );
      }
      break;
    }
  }
}
