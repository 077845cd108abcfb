/**
 * A course's questions as one Moodle XML file (docs.moodle.org "Moodle XML format"): a category per
 * module holding its assessment bank, so a quiz's random questions can draw from it like the final
 * assessment, and a subcategory with the questions of its lessons.
 */
import type { InteractionType } from "../../engine/interactions/registry.ts";
import type { CourseModel, InteractionBlock, Screen } from "../../engine/model/schema.ts";
import { toPlainText } from "./moodle-html.ts";
import { questionTypes } from "./question-types.ts";
import { htmlElement, textElement, valueElement, type XmlContext } from "./xml-parts.ts";

export const LESSON_QUESTIONS_CATEGORY = "Lesson questions";

export interface SkippedQuestion {
  id: string;
  type: InteractionType;
  reason: string;
}

export interface QuestionBank {
  xml: string;
  written: number;
  skipped: SkippedQuestion[];
}

/** Moodle's category path separator is `/`; a `/` inside a name is written `//`. */
function categoryPath(names: string[]): string {
  return ["$course$", "top", ...names.map((name) => name.replaceAll("/", "//"))].join("/");
}

function category(names: string[]): string {
  return `<question type="category"><category><text>${categoryPath(names)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")}</text></category></question>`;
}

function questionName(interaction: InteractionBlock): string {
  const prompt = toPlainText(interaction.prompt);
  return prompt.length > 80 ? `${prompt.slice(0, 79).trimEnd()}…` : prompt || interaction.id;
}

/** One interaction as a `<question>`, or why it is left out. */
function question(interaction: InteractionBlock, context: XmlContext): string | SkippedQuestion {
  const mapping = questionTypes[interaction.type];
  const skip = (reason: string): SkippedQuestion => ({ id: interaction.id, type: interaction.type, reason });
  if ("skipped" in mapping) return skip(mapping.skipped);
  // Each mapping is typed for its own interaction type; the registry guarantees they match.
  const typed = mapping as unknown as {
    moodleType: string;
    body(interaction: InteractionBlock, context: XmlContext): string[];
    questionText?(interaction: InteractionBlock): InteractionBlock["prompt"];
    skip?(interaction: InteractionBlock): string | undefined;
  };
  const reason = typed.skip?.(interaction);
  if (reason) return skip(reason);
  return [
    `<question type="${typed.moodleType}">`,
    textElement("name", questionName(interaction)),
    htmlElement(context, "questiontext", typed.questionText?.(interaction) ?? interaction.prompt),
    htmlElement(context, "generalfeedback", interaction.feedback.any),
    valueElement("defaultgrade", 1),
    valueElement("penalty", "0.3333333"),
    valueElement("hidden", 0),
    valueElement("idnumber", interaction.id),
    ...typed.body(interaction, context),
    ...(interaction.hint.length > 0 ? [htmlElement(context, "hint", interaction.hint)] : []),
    "</question>",
  ].join("\n");
}

function interactionsOf(screens: Screen[]): InteractionBlock[] {
  const found: InteractionBlock[] = [];
  const visit = (blocks: Screen["blocks"]) => {
    for (const block of blocks) {
      if (block.kind === "interaction") found.push(block);
      else if (block.kind === "callout") visit(block.content);
      else if (block.kind === "panels") for (const panel of block.panels) visit(panel.content);
    }
  };
  for (const screen of screens) visit(screen.blocks);
  return found;
}

export function questionBank(course: CourseModel, context: XmlContext): QuestionBank {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"];
  const skipped: SkippedQuestion[] = [];
  let written = 0;
  const add = (interactions: InteractionBlock[]) => {
    for (const interaction of interactions) {
      const result = question(interaction, context);
      if (typeof result === "string") {
        parts.push(result);
        written++;
      } else skipped.push(result);
    }
  };
  for (const module of course.modules) {
    parts.push(category([course.title, module.title]));
    add(module.bank);
    parts.push(category([course.title, module.title, LESSON_QUESTIONS_CATEGORY]));
    add(module.lessons.flatMap((lesson) => interactionsOf(lesson.screens)));
  }
  parts.push("</quiz>", "");
  return { xml: parts.join("\n"), written, skipped };
}
