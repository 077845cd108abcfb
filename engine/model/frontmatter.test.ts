import { describe, expect, it } from "vitest";
import { COURSE_FRONTMATTER, compileFiles, lesson } from "../../tests/unit/support/in-memory-course.ts";

const located = (files: Record<string, string>) =>
  compileFiles({ "01-a/01-b.md": lesson("Hi.\n"), ...files }).report.diagnostics.map(
    ({ file, line, column, ruleId, message }) => `${file}:${line}:${column} ${ruleId}: ${message}`,
  );

const course = (extra: string) => ({ "course.md": COURSE_FRONTMATTER.replace("---\n", `---\n${extra}`) });

describe("frontmatter diagnostics", () => {
  it("put a bad nested value at its key and say what was expected", () => {
    expect(located(course("assessment:\n  passMark: high\n"))).toEqual([
      "course.md:3:3 invalid-frontmatter: Unexpected `high` for `assessment.passMark`, expected a number",
    ]);
  });

  it("locate list items and keys inside them", () => {
    expect(located(course("authors:\n  - name: Ama\n    url: not a url\n"))).toEqual([
      "course.md:4:5 invalid-frontmatter: Unexpected `not a url` for `authors.0.url`, expected a full web address such as https://example.org",
    ]);
  });

  it("list the accepted keys for an unknown nested key", () => {
    expect(located(course("completion:\n  rule: all-screens\n  when: always\n"))).toEqual([
      "course.md:4:3 unknown-frontmatter-field: Unexpected key `completion.when`, expected one of `rule`",
    ]);
  });

  it("name the allowed values of an enumeration and the bounds of a number", () => {
    expect(located({ "01-a/01-b.md": lesson("Hi.\n").replace("minutes: 3", "minutes: 90") })).toEqual([
      "01-a/01-b.md:4:1 invalid-frontmatter: Unexpected `90` for `minutes`, expected at most 60",
    ]);
    expect(located(course("completion:\n  rule: most\n"))).toEqual([
      "course.md:3:3 invalid-frontmatter: Unexpected `most` for `completion.rule`, expected one of `all-screens`, `all-interactions`, `all-screens-and-interactions`",
    ]);
  });

  it("name the grades an unscored module may report, and refuse one on a scored module", () => {
    expect(located(course("grade: half\n"))).toEqual([
      "course.md:2:1 invalid-frontmatter: Unexpected `half` for `grade`, expected one of `completion`, `none`",
    ]);
    expect(located({ "01-a/module.md": "---\nscored: true\ngrade: none\n---\n" })).toEqual([
      "01-a/module.md:3:1 invalid-frontmatter: Unexpected `grade` on a scored module, expected it only with `scored: false` (a scored module reports its score)",
    ]);
    expect(located({ "01-a/module.md": "---\ngrade: none\n---\n" })).toEqual([]);
  });

  it("report an empty value as such", () => {
    expect(located({ "01-a/01-b.md": lesson("Hi.\n").replace("title: A lesson", "title:") })).toEqual([
      "01-a/01-b.md:2:1 invalid-frontmatter: Unexpected empty value for `title`, expected text",
    ]);
  });

  it("put a YAML syntax error at the unclosed bracket or quote, not where YAML gave up", () => {
    const unclosed = lesson("Hi.\n").replace("objective: Learn one thing.", 'objective: "Learn one thing.');
    expect(located({ "01-a/01-b.md": unclosed })[0]).toMatch(/^01-a\/01-b\.md:3:12 malformed-frontmatter: /);
    const bracket = lesson("Hi.\n").replace("minutes: 3", "minutes: [3");
    expect(located({ "01-a/01-b.md": bracket })[0]).toMatch(/^01-a\/01-b\.md:4:10 malformed-frontmatter: /);
  });

  it("show a list where a single value belongs", () => {
    expect(located({ "01-a/01-b.md": lesson("Hi.\n").replace("title: A lesson", "title: [A, B]") })).toEqual([
      "01-a/01-b.md:2:1 invalid-frontmatter: Unexpected list for `title`, expected text",
    ]);
  });

  it("point out blank space before the frontmatter", () => {
    expect(located({ "01-a/01-b.md": `\n${lesson("Hi.\n")}` })[0]).toBe(
      "01-a/01-b.md:1:1 malformed-frontmatter: Unexpected blank space before the frontmatter, expected `---` on the very first line",
    );
  });

  it("put a duplicate key at the second key", () => {
    const duplicate = lesson("Hi.\n").replace("minutes: 3", "minutes: 3\ntitle: Again");
    expect(located({ "01-a/01-b.md": duplicate })).toEqual([
      "01-a/01-b.md:5:1 malformed-frontmatter: Malformed YAML: Map keys must be unique",
    ]);
  });
});
