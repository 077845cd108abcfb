import { compileCourse } from "../../model/compile-course.ts";
import type { CourseModel } from "../../model/schema.ts";
import { createCourseSource } from "../../source/course-source.ts";

/** Test support: compiles a small course from Markdown in memory (lessons by path, bodies by text). */

const encoder = new TextEncoder();

export function courseMd(settings = ""): string {
  return `---
id: shop_course
title: Selling from a small shop
lang: en-GH
version: 1.0.0
licence: CC-BY-SA-4.0
description: A course used by the machine tests.
objectives:
  - Sell well
${settings}---
`;
}

export function lessonMd(title: string, body: string): string {
  return `---\ntitle: ${title}\nobjective: Learn it.\nminutes: 5\n---\n\n${body}`;
}

export function choice(id: string, extra = "", right = 2): string {
  const options = [1, 2, 3].map((n) => `- [${n === right ? "x" : " "}] Option ${n}`).join("\n");
  return `:::single-choice{id=${id}${extra}}\nWhich option?\n\n${options}\n:::\n`;
}

/** Compiles the files (course.md added when missing); throws with the diagnostics if it fails. */
export function buildCourse(files: Record<string, string>): CourseModel {
  const all = { "course.md": courseMd(), ...files };
  const entries = Object.entries(all).map(([coursePath, text]) => {
    const bytes = encoder.encode(text);
    return { coursePath, size: bytes.byteLength, bytes };
  });
  const { model, files: compiled } = compileCourse(createCourseSource("course", entries));
  if (!model) {
    const problems = compiled.flatMap((file) =>
      file.messages.map((message) => `${file.path}: ${message.message}`),
    );
    throw new Error(`fixture does not compile:\n${problems.join("\n")}`);
  }
  return model;
}

/** Two modules; module `shop` (scored) has two lessons (2 and 1 screens), a required question and a bank. */
export function shopCourse(settings = ""): CourseModel {
  return buildCourse({
    "course.md": courseMd(settings),
    "01-shop/module.md": "---\ntitle: Shop\nscored: true\n---\n",
    "01-shop/01-prices.md": lessonMd("Prices", `Intro.\n\n---\n\n${choice("price", " required")}`),
    "01-shop/02-customers.md": lessonMd("Customers", `${choice("greet")}\n${choice("thank", " attempts=2")}`),
    "01-shop/assessment.md": [1, 2, 3].map((n) => choice(`bank_${n}`, " revisit=01-prices.md")).join("\n"),
    "02-online/01-posts.md": lessonMd("Posts", "Post daily."),
    "02-online/assessment.md": [1, 2].map((n) => choice(`web_${n}`, " revisit=01-posts.md")).join("\n"),
  });
}
