import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A synthetic course of realistic micro-lessons, for timing the compiler: each lesson has
 * frontmatter, 2–3 screens of prose with a variable and a glossary term, an image, a callout,
 * and 1–2 interactions. Deterministic: the same size always gives the same files.
 */
const LESSONS_PER_MODULE = 10;
const IMAGES = 8;

const pad = (value: number) => String(value).padStart(2, "0");

const COURSE = `---
id: bench
title: Benchmark course
lang: en-GH
version: 1.0.0
licence: CC-BY-4.0
iriBase: https://learn.example.org/courses
description: A generated course for timing the compiler.
objectives:
  - Time the compiler
variables:
  shop_name: "Ama's Tailoring"
  price: 12.5
---

Welcome to {{shop_name}}.
`;

const GLOSSARY = `## MoMo

Mobile money: a wallet on your phone that sends and receives cedis.

## Margin

What is left of the price after every cost is paid.
`;

function svg(index: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#${(index * 2_345_671).toString(16).slice(-6).padStart(6, "0")}"/></svg>\n`;
}

function prose(lesson: number): string {
  return `Ama sells dresses from her shop in Kumasi. Lesson ${lesson} shows one small step that helps
{{shop_name}} sell online. Customers ask about the price, the cloth and the delivery time.

She answers every message on the same day. A short, kind reply often turns a question into an order.
She keeps a list of **common questions** and *ready answers* on her phone.`;
}

function singleChoice(lesson: number): string {
  return `:::single-choice
A customer asks for the price of dress ${lesson}. What should Ama answer first?

- [x] The price in cedis, GH₵ {{price}}
  > Right: a clear price answers the question.
- [ ] A long story about the cloth
  > The customer asked about the price first.
- [ ] Nothing until the next day
:::`;
}

function trueFalse(): string {
  return `:::true-false
Paying with :term[MoMo] is quick for most customers.

- [x] True
  > Right: most customers have a wallet on their phone.
- [ ] False
:::`;
}

function lessonFile(lesson: number): string {
  const image = `../media/photo-${lesson % IMAGES}.svg`;
  const screens = [
    `# Step ${lesson}\n\n${prose(lesson)}\n\n![A dress on a hanger in daylight](${image} "Dress ${lesson}")`,
    `## Price it right\n\nThe :term[margin] is what stays with Ama.\n\n:::tip\nWrite the price in every post, so nobody has to ask.\n:::\n\n${singleChoice(lesson)}`,
  ];
  if (lesson % 2 === 0) screens.push(`## Check\n\n${prose(lesson)}\n\n${trueFalse()}`);
  return `---\ntitle: Step ${lesson} of selling online\nobjective: Take one small step to sell online.\nminutes: 4\n---\n\n${screens.join("\n\n---\n\n")}\n`;
}

/** Writes a course of `lessons` lessons (10 per module) into `dir`. */
export async function writeSyntheticCourse(dir: string, lessons: number): Promise<void> {
  const files = new Map<string, string>([
    ["course.md", COURSE],
    ["glossary.md", GLOSSARY],
  ]);
  for (let index = 0; index < IMAGES; index++) files.set(`media/photo-${index}.svg`, svg(index));
  for (let lesson = 1; lesson <= lessons; lesson++) {
    const module = Math.ceil(lesson / LESSONS_PER_MODULE);
    const inModule = lesson - (module - 1) * LESSONS_PER_MODULE;
    files.set(`${pad(module)}-module-${module}/${pad(inModule)}-step-${lesson}.md`, lessonFile(lesson));
  }
  for (const [coursePath, content] of files) {
    const destination = path.join(dir, ...coursePath.split("/"));
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, content);
  }
}
