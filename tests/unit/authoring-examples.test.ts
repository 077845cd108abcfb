import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CourseFiles, compileFiles, lesson, SVG } from "./support/in-memory-course.ts";

/**
 * Every ```markdown example of docs/authoring.md compiles without a single diagnostic, so the
 * guide cannot drift from the compiler. Each example is placed where such a file lives.
 */
const GUIDE = readFileSync(new URL("../../docs/authoring.md", import.meta.url), "utf8");

const COURSE = `---
id: guide
title: Guide examples
lang: en-GH
version: 1.0.0
licence: CC-BY-4.0
description: The examples of the authoring guide.
objectives:
  - Check every example
variables:
  shop_name: "Efua's Kitchen"
  jar_price: 35
  support_line: "0800 000 000"
---
`;

/** Lessons the examples link to. */
const LINKED_LESSONS: CourseFiles = {
  "01-getting-started/02-your-first-price.md": lesson("Efua prices a jar."),
  "02-taking-orders/02-getting-paid-safely.md": lesson("Efua gets paid."),
};

/** Where an example belongs: a course.md, a lesson, a module.md or a bank (by its content). */
function placeOf(example: string): string {
  if (example.startsWith("---\n")) {
    if (/^id:/m.test(example)) return "course.md";
    return /^objective:/m.test(example) ? "02-taking-orders/09-example.md" : "01-getting-started/module.md";
  }
  return /\brevisit=/.test(example) ? "01-getting-started/assessment.md" : "02-taking-orders/09-example.md";
}

/** A file the example's media name can stand for: checked formats get their signature, the rest an SVG. */
function standIn(name: string): string | Uint8Array {
  if (name.endsWith(".vtt")) return "WEBVTT\n";
  if (name.endsWith(".webm")) return new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]);
  if (name.endsWith(".jpg")) return new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
  return SVG;
}

function courseFor(example: string): CourseFiles {
  const place = placeOf(example);
  const media = [...example.matchAll(/\bmedia\/([\w.-]+)/g)].map((match) => [
    `media/${match[1]}`,
    standIn(match[1] ?? ""),
  ]);
  return {
    "course.md": COURSE,
    "glossary.md": "## MoMo\n\nMobile money.\n\n## Merchant ID\n\nThe number customers pay a shop with.\n",
    "02-taking-orders/01-photos.md": lesson("Efua takes a photo."),
    ...LINKED_LESSONS,
    ...Object.fromEntries(media),
    [place]: place.endsWith("09-example.md") && !example.startsWith("---\n") ? lesson(example) : example,
  };
}

const examples = [...GUIDE.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((match) => ({
  line: GUIDE.slice(0, match.index).split("\n").length,
  text: match[1] ?? "",
}));

describe("docs/authoring.md examples", () => {
  it("are found", () => {
    expect(examples.length).toBeGreaterThan(25);
  });

  it.each(examples.map((example) => [example.line, example.text] as const))(
    "the example at line %i compiles without diagnostics",
    (_line, text) => {
      const { report } = compileFiles(courseFor(text));
      expect(report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message} [${d.ruleId}]`)).toEqual([]);
    },
  );
});
