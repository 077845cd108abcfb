/** Answering one question as a learner would, rightly or clearly wrongly, with one input only. */
import { expect, type Locator } from "@playwright/test";
import { behaviourOf } from "../../../../engine/interactions/behaviours.ts";
import { plainText } from "../../../../engine/interactions/plain-text.ts";
import type { Interaction } from "../../../../engine/interactions/registry.ts";
import { pathToEnding, walk } from "../../../../engine/interactions/scenario/scoring.ts";
import { selfSubmittingTypes } from "../../../../engine/runtime/interaction/self-submitting.ts";
import { en, type Messages } from "../../../../engine/runtime/messages/en.ts";
import { chooseOptions, orderSteps, pressEach, selectEach } from "./controls.ts";
import type { Input } from "./input.ts";

type Of<Type extends Interaction["type"]> = Extract<Interaction, { type: Type }>;

/**
 * Answers one interaction rightly (or fully, for unscored types), submits it and checks the verdict.
 * `messages`: the player's words in the edition's language (every answering function takes them).
 */
export async function answerRightly(
  section: Locator,
  interaction: Interaction,
  input: Input,
  messages: Messages = en,
): Promise<void> {
  await giveRightAnswer(section, interaction, input, messages);
  const { scored } = behaviourOf(interaction).scoring;
  await submitAndExpect(
    section,
    interaction,
    input,
    scored ? messages.submit : messages.save,
    scored ? messages.correct : messages.answered,
  );
}

/** Answers one scored interaction clearly wrongly, submits it and checks the verdict. */
export async function answerWrongly(
  section: Locator,
  interaction: Interaction,
  input: Input,
  messages: Messages = en,
): Promise<void> {
  await giveWrongAnswer(section, interaction, input, messages);
  await submitAndExpect(section, interaction, input, messages.submit, messages.incorrect);
}

/** Presses the submit button, except for a type that submitted itself (a scenario at its ending), and checks the verdict. */
async function submitAndExpect(
  section: Locator,
  interaction: Interaction,
  input: Input,
  button: string,
  verdict: string,
) {
  if (!selfSubmittingTypes.has(interaction.type))
    await input.press(section.getByRole("button", { name: button, exact: true }));
  await expect(section.getByTestId("feedback")).toContainText(verdict);
}

/**
 * Gives the right answer (or a full one, for unscored types) with the given input only, without
 * submitting it (assessment items are submitted together).
 */
export async function giveRightAnswer(
  section: Locator,
  interaction: Interaction,
  input: Input,
  messages: Messages = en,
): Promise<void> {
  switch (interaction.type) {
    case "poll": {
      const last = interaction.options.at(-1);
      return chooseOptions(section, input, "radio", last ? [plainText(last.content)] : []);
    }
    case "checklist": {
      const labels = interaction.items.map((item) => plainText(item.content));
      return chooseOptions(section, input, "checkbox", labels);
    }
    case "fill-in": {
      const accepted = interaction.answers.find((answer) => answer.correct && answer.match.kind === "text");
      if (accepted?.match.kind !== "text")
        throw new Error(`${interaction.id} needs a literal accepted answer`);
      return input.type(section.getByRole("textbox"), accepted.match.text);
    }
    case "numeric":
      return input.type(section.getByRole("textbox"), String(interaction.answer).replace(".", ","));
    case "reflection":
      return input.type(section.getByRole("textbox"), "I will ask Efua. Ɛ ɛ Ɔ ɔ Ŋ ŋ GH₵ 5.");
    case "sequencing":
      return orderSteps(section, input, interaction.steps, messages);
    default:
      return giveAnswer(section, interaction, input, true, messages);
  }
}

/**
 * Gives a clearly wrong answer (scoring 0, even with partial credit) to a scored interaction with the
 * given input only, without submitting it. Unscored types have no wrong answer.
 */
export async function giveWrongAnswer(
  section: Locator,
  interaction: Interaction,
  input: Input,
  messages: Messages = en,
): Promise<void> {
  switch (interaction.type) {
    case "poll":
    case "checklist":
    case "reflection":
      throw new Error(`${interaction.id}: a ${interaction.type} has no wrong answer`);
    case "fill-in":
      return input.type(section.getByRole("textbox"), "zzz");
    case "numeric":
      // Far outside the tolerance, in the player's decimal comma.
      return input.type(
        section.getByRole("textbox"),
        String(interaction.answer + 10 * interaction.tolerance + 1000).replace(".", ","),
      );
    case "sequencing":
      // Every step one place off: the first step last.
      return orderSteps(
        section,
        input,
        [...interaction.steps.slice(1), ...interaction.steps.slice(0, 1)],
        messages,
      );
    default:
      return giveAnswer(section, interaction, input, false, messages);
  }
}

/**
 * A hotspot region's button name: its number on the picture (regions counted in reading order: top
 * to bottom, then along the line) and its label.
 */
export function regionName(hotspot: Of<"hotspot">, region: Of<"hotspot">["regions"][number]): string {
  const order = [...hotspot.regions].sort((a, b) => a.y - b.y || a.x - b.x);
  return `${order.indexOf(region) + 1} ${plainText(region.label)}`;
}

type Choosing = Of<
  "single-choice" | "true-false" | "multiple-response" | "hotspot" | "matching" | "categorise" | "scenario"
>;

/** The types answered by picking right or wrong parts: only right ones, or only wrong ones. */
async function giveAnswer(
  section: Locator,
  interaction: Choosing,
  input: Input,
  correct: boolean,
  messages: Messages,
) {
  const pick = <Part>(parts: Part[], isRight: (part: Part) => boolean): Part[] => {
    const picked = parts.filter((part) => isRight(part) === correct);
    if (picked.length === 0) throw new Error(`${interaction.id} has no ${correct ? "right" : "wrong"} part`);
    return picked;
  };
  switch (interaction.type) {
    case "single-choice":
    case "true-false":
    case "multiple-response": {
      const chosen = pick(interaction.options, (option) => option.correct).map((option) =>
        plainText(option.content),
      );
      return interaction.type === "multiple-response"
        ? chooseOptions(section, input, "checkbox", chosen)
        : chooseOptions(section, input, "radio", chosen.slice(0, 1));
    }
    case "hotspot":
      return pressEach(
        section,
        input,
        pick(interaction.regions, (region) => region.correct).map((region) =>
          regionName(interaction, region),
        ),
      );
    case "matching":
      return selectEach(
        section,
        input,
        interaction.sources.map((source) => [
          messages.matchFor(plainText(source.content)),
          plainText(pick(interaction.targets, (target) => target.id === source.target)[0]?.content ?? []),
        ]),
      );
    case "categorise":
      return selectEach(
        section,
        input,
        interaction.cards.map((card) => [
          messages.bucketFor(plainText(card.content)),
          plainText(pick(interaction.buckets, (bucket) => bucket.id === card.bucket)[0]?.content ?? []),
        ]),
      );
    case "scenario": {
      const path = pathToEnding(interaction, correct ? "best" : "poor");
      if (!path) throw new Error(`${interaction.id} has no ${correct ? "best" : "poor"} ending`);
      const scenes = walk(interaction, path) ?? [];
      const labels = path.map((choiceId, index) =>
        plainText(scenes[index]?.choices.find((choice) => choice.id === choiceId)?.content ?? []),
      );
      return pressEach(section, input, labels);
    }
  }
}
