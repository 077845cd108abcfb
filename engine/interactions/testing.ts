import { compileCourse } from "../model/compile-course.ts";
import type { Block, CourseModel, InteractionBlock } from "../model/schema.ts";
import { createCourseSource } from "../source/course-source.ts";

/** Test support: compiles Markdown snippets inside a minimal course, in memory. */

const encoder = new TextEncoder();

const COURSE = `---
id: shop_course
title: Selling from a small shop
lang: en-GH
version: 1.0.0
licence: CC-BY-SA-4.0
description: A course used by the interaction tests.
objectives:
  - Sell well
---
`;

/** Lesson frontmatter is 5 lines, so a snippet's first line is line 6 of the lesson file. */
const LESSON_HEAD = "---\ntitle: Prices\nobjective: Set a price.\nminutes: 5\n---\n";
export const LESSON_PATH = "01-shop/01-prices.md";
export const SECOND_LESSON_PATH = "01-shop/02-customers.md";
export const BANK_PATH = "01-shop/assessment.md";
export const MEDIA = ["media/shop.svg", "media/stall.png"];

export interface SnippetResult {
  model: CourseModel | undefined;
  /** Every diagnostic except the reading-level warning, as `path:line:column rule-id`. */
  problems: string[];
  /** The blocks of the first lesson's first screen, or the bank's items. */
  blocks: Block[];
}

/** Compiles `lesson` as the body of lesson 01-shop/01-prices.md (and `bank` as the module's assessment.md). */
export function compileSnippet(lesson: string, bank?: string): SnippetResult {
  const files: Record<string, string> = {
    "course.md": COURSE,
    [LESSON_PATH]: `${LESSON_HEAD}${lesson}`,
    [SECOND_LESSON_PATH]: `${LESSON_HEAD}Say thank you.\n`,
    ...(bank === undefined ? {} : { [BANK_PATH]: bank }),
  };
  const entries = [
    ...Object.entries(files).map(([coursePath, text]) => {
      const bytes = encoder.encode(text);
      return { coursePath, size: bytes.byteLength, bytes };
    }),
    ...MEDIA.map((coursePath) => ({ coursePath, size: 3, bytes: encoder.encode("<x>") })),
  ];
  const { model, files: compiled } = compileCourse(createCourseSource("course", entries));
  const problems = compiled.flatMap((file) =>
    file.messages
      .filter((message) => message.ruleId !== "reading-level")
      .map((message) => `${file.data.coursePath}:${message.line}:${message.column} ${message.ruleId}`),
  );
  const module = model?.modules[0];
  const blocks = bank === undefined ? (module?.lessons[0]?.screens[0]?.blocks ?? []) : (module?.bank ?? []);
  return { model, problems, blocks };
}

/** The first interaction of a compiled snippet, or undefined. */
export function firstInteraction(result: SnippetResult): InteractionBlock | undefined {
  return result.blocks.find((block): block is InteractionBlock => block.kind === "interaction");
}

/** A located problem in the test lesson, as `compileSnippet` lists them. */
export function problemAt(line: number, column: number, rule: string): string {
  return `${LESSON_PATH}:${line}:${column} ${rule}`;
}

/** The rich text of one paragraph of plain text, as the model holds it. */
export function paragraph(value: string) {
  return [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] }];
}
