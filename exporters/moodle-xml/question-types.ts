/**
 * Each interaction type → Moodle's nearest core question type (Moodle XML format,
 * question/format/xml/format.php), or the reason it is left out. A Record over every type, so a new
 * interaction type does not compile until it is mapped here.
 */

import type { Interaction, InteractionType } from "../../engine/interactions/registry.ts";
import type { RichText } from "../../engine/model/hast.ts";
import { toPlainText } from "./moodle-html.ts";
import { htmlElement, htmlParts, percent, textElement, valueElement, type XmlContext } from "./xml-parts.ts";

type Of<T extends InteractionType> = Extract<Interaction, { type: T }>;

/** A mapped type: Moodle's question type and the elements after the common ones. */
interface Mapping<T extends InteractionType> {
  moodleType: string;
  body(interaction: Of<T>, context: XmlContext): string[];
  /** The question text when it is more than the prompt. */
  questionText?(interaction: Of<T>): RichText;
  /** Why this interaction cannot be written after all (e.g. only pattern answers). */
  skip?(interaction: Of<T>): string | undefined;
}

type QuestionTypes = { [T in InteractionType]: Mapping<T> | { skipped: string } };

function answer(context: XmlContext, fraction: string, content: RichText, feedback: RichText): string {
  return `<answer fraction="${fraction}" format="html">${htmlParts(context, content)}${htmlElement(context, "feedback", feedback)}</answer>`;
}

function combinedFeedback(interaction: Interaction, context: XmlContext): string[] {
  return [
    htmlElement(context, "correctfeedback", interaction.feedback.correct),
    htmlElement(context, "partiallycorrectfeedback", interaction.feedback.incorrect),
    htmlElement(context, "incorrectfeedback", interaction.feedback.incorrect),
    "<shownumcorrect/>",
  ];
}

function choiceBody(
  interaction: Of<"single-choice"> | Of<"multiple-response"> | Of<"hotspot">,
  context: XmlContext,
  options: Array<{ content: RichText; correct: boolean; feedback: RichText }>,
  single: boolean,
  wrongShare: number,
): string[] {
  const rightCount = Math.max(1, options.filter((option) => option.correct).length);
  return [
    valueElement("single", String(single)),
    valueElement("shuffleanswers", "true"),
    valueElement("answernumbering", "abc"),
    ...combinedFeedback(interaction, context),
    ...options.map((option) =>
      answer(
        context,
        option.correct ? percent(1 / rightCount) : percent(wrongShare),
        option.content,
        option.feedback,
      ),
    ),
  ];
}

export const questionTypes: QuestionTypes = {
  "single-choice": {
    moodleType: "multichoice",
    body: (interaction, context) => choiceBody(interaction, context, interaction.options, true, 0),
  },
  "multiple-response": {
    moodleType: "multichoice",
    // partial: (right − wrong) / rights, as our scoring; all: any wrong tick gives 0 (Moodle core has no
    // all-or-nothing multiple answer, so a learner who misses a right option still gets part of the mark).
    body: (interaction, context) => {
      const rights = Math.max(1, interaction.options.filter((option) => option.correct).length);
      return choiceBody(
        interaction,
        context,
        interaction.options,
        false,
        interaction.scoring === "all" ? -1 : -1 / rights,
      );
    },
  },
  "true-false": {
    moodleType: "truefalse",
    body: (interaction, context) =>
      interaction.options.map(
        (option, index) =>
          `<answer fraction="${option.correct ? 100 : 0}" format="moodle_auto_format"><text>${index === 0 ? "true" : "false"}</text>${htmlElement(context, "feedback", option.feedback)}</answer>`,
      ),
  },
  "fill-in": {
    moodleType: "shortanswer",
    skip: (interaction) =>
      interaction.answers.some((entry) => entry.correct && entry.match.kind === "text")
        ? undefined
        : "its accepted answers are all patterns, which Moodle's short answer cannot express",
    body: (interaction, context) => [
      valueElement("usecase", interaction.caseSensitive ? 1 : 0),
      ...interaction.answers
        .filter((entry) => entry.match.kind === "text")
        .map(
          (entry) =>
            `<answer fraction="${entry.correct ? 100 : 0}" format="moodle_auto_format"><text>${entry.match.kind === "text" ? entry.match.text.replaceAll("*", "\\*") : ""}</text>${htmlElement(context, "feedback", entry.feedback)}</answer>`,
        ),
    ],
  },
  numeric: {
    moodleType: "numerical",
    body: (interaction, context) => [
      `<answer fraction="100" format="moodle_auto_format"><text>${interaction.answer}</text>${htmlElement(context, "feedback", interaction.feedback.correct)}${valueElement("tolerance", interaction.tolerance)}</answer>`,
      valueElement("unitgradingtype", 0),
      valueElement("showunits", 3),
    ],
  },
  matching: {
    moodleType: "matching",
    skip: (interaction) => tooFewForMatching(interaction.sources.length, interaction.targets.length),
    body: (interaction, context) => {
      const used = new Set(interaction.sources.map((source) => source.target));
      const extraTargets = interaction.targets.filter((target) => !used.has(target.id));
      const targetText = (id: string) =>
        toPlainText(interaction.targets.find((target) => target.id === id)?.content ?? []);
      return [
        valueElement("shuffleanswers", "true"),
        ...combinedFeedback(interaction, context),
        ...interaction.sources.map((source) =>
          subquestion(context, source.content, targetText(source.target)),
        ),
        ...extraTargets.map((target) => subquestion(context, [], toPlainText(target.content))),
      ];
    },
  },
  categorise: {
    moodleType: "matching",
    skip: (interaction) => tooFewForMatching(interaction.cards.length, interaction.cards.length),
    body: (interaction, context) => {
      const bucketText = (id: string) =>
        toPlainText(interaction.buckets.find((bucket) => bucket.id === id)?.content ?? []);
      return [
        valueElement("shuffleanswers", "true"),
        ...combinedFeedback(interaction, context),
        ...interaction.cards.map((card) => subquestion(context, card.content, bucketText(card.bucket))),
      ];
    },
  },
  sequencing: {
    moodleType: "ordering",
    body: (interaction, context) => [
      valueElement("layouttype", "VERTICAL"),
      valueElement("selecttype", "ALL"),
      valueElement("numberingstyle", "none"),
      ...combinedFeedback(interaction, context),
      ...interaction.steps.map((step, index) => answer(context, `${index + 1}`, step.content, [])),
    ],
  },
  hotspot: {
    moodleType: "multichoice",
    // The picture goes in the question text; its regions become the options, by their labels.
    questionText: (interaction) => [
      ...interaction.prompt,
      {
        type: "element",
        tagName: "p",
        properties: {},
        children: [{ type: "element", tagName: "img", properties: { ...interaction.image }, children: [] }],
      },
    ],
    body: (interaction, context) =>
      choiceBody(
        interaction,
        context,
        interaction.regions.map((region) => ({
          content: region.label,
          correct: region.correct,
          feedback: [],
        })),
        interaction.regions.filter((region) => region.correct).length === 1,
        0,
      ),
  },
  scenario: { skipped: "Moodle has no branching question type" },
  checklist: { skipped: "a checklist is not a question (it has no right answer)" },
  reflection: { skipped: "a reflection is not graded and its text stays on the learner's device" },
  poll: { skipped: "a poll is not a question (it has no right answer)" },
};

/** Moodle's matching question needs at least 2 questions and 3 answers (qtype_match edit form). */
function tooFewForMatching(questions: number, answers: number): string | undefined {
  return questions >= 2 && answers >= 3
    ? undefined
    : `Moodle's matching question needs at least 2 items and 3 answers (this one has ${questions} and ${answers})`;
}

function subquestion(context: XmlContext, content: RichText, answerText: string): string {
  return `<subquestion format="html">${htmlParts(context, content)}${textElement("answer", answerText)}</subquestion>`;
}
