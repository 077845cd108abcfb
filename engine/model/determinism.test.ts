import { describe, expect, it } from "vitest";
import { COURSE_FRONTMATTER, lesson, SVG, toEntries } from "../../tests/unit/support/in-memory-course.ts";
import { createCourseSource, type SourceEntry } from "../source/course-source.ts";
import { canonicalJson } from "./canonical-json.ts";
import { compileCourse } from "./compile-course.ts";
import { courseModelSchema } from "./schema.ts";

const choice = ":::single-choice\nWhich?\n\n- [x] This\n  > Right.\n- [ ] That\n:::\n";

const entries = toEntries({
  "course.md": `${COURSE_FRONTMATTER}\nWelcome to {{shop_name}}.\n`,
  "glossary.md": "## Margin\n\nWhat is left.\n\n## MoMo\n\nMobile money.\n",
  "01-basics/module.md": "---\ntitle: Basics\nscored: true\n---\n",
  "01-basics/01-intro.md": lesson(
    `Hi :term[MoMo].\n\n![A dress](../media/b.svg "Caption")\n\n---\n\n${choice}`,
  ),
  "01-basics/02-more.md": lesson(`See [intro](01-intro.md).\n\n:::tip\nA tip.\n:::\n\n${choice}`),
  "01-basics/assessment.md": choice,
  "02-money/01-prices.md": lesson(`![decorative](../media/a.svg)\n\nThe :term[margin] matters.\n`),
  "media/a.svg": SVG,
  "media/b.svg": SVG.replace("1", "2"),
});

function compileToJson(list: readonly SourceEntry[]): string {
  const { model, files } = compileCourse(createCourseSource("demo", list));
  expect(files.flatMap((file) => file.messages.filter((message) => message.fatal))).toEqual([]);
  // compileCourse builds the model to the schema's type; this checks the values too.
  return canonicalJson(courseModelSchema.parse(model));
}

/** A fixed permutation (no randomness in tests): odd positions first, then even, reversed. */
function shuffled<T>(list: readonly T[]): T[] {
  return [
    ...list.filter((_, index) => index % 2 === 1),
    ...list.filter((_, index) => index % 2 === 0),
  ].reverse();
}

describe("determinism", () => {
  it("gives byte-identical canonical JSON for the same source", () => {
    expect(compileToJson(entries)).toBe(compileToJson(entries));
  });

  it("gives the same bytes when the entries come in another order", () => {
    const reference = compileToJson(entries);
    expect(compileToJson([...entries].reverse())).toBe(reference);
    expect(compileToJson(shuffled(entries))).toBe(reference);
  });

  it("sorts object keys at every level, so key insertion order does not matter", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{\n  "a": 2,\n  "b": 1\n}\n');
  });

  it("carries no clock time or absolute path", () => {
    const json = compileToJson(entries);
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}T|\/work\/|demo\//);
  });
});
