import { existsSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_FILES } from "../engine/source/limits.ts";
import { COURSE_FRONTMATTER, lesson, SVG } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
});
afterEach(() => removeTempDir(cwd));

const withLesson = (body: string) => ({
  "course.md": COURSE_FRONTMATTER,
  "01-shop/01-intro.md": lesson(body),
});

describe("bad input is a located error in check and build alike", () => {
  it("reports media build would refuse (a name a package cannot hold, an image that is not its format) at the reference", () => {
    writeFiles(`${cwd}/shop`, {
      ...withLesson("![A jar](<../media/jär front.svg>)\n\n![A stall](../media/stall.png)\n"),
      "media/jär front.svg": SVG,
      "media/stall.png": SVG,
    });
    const check = runCli(cwd, ["check", "shop"]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      "shop/01-shop/01-intro.md:7:1: error: Unexpected media file name `media/jär front.svg` with a character other than printable ASCII without spaces",
    );
    expect(check.stderr).toContain(
      "shop/01-shop/01-intro.md:9:1: error: Unexpected content in `../media/stall.png`, expected a PNG image as its name says [invalid-media-content]",
    );
    const build = runCli(cwd, ["build", "shop", "--target", "scorm12,site"]);
    expect(build.status).toBe(1);
    expect(build.stderr).toBe(check.stderr);
    expect(existsSync(path.join(cwd, "dist"))).toBe(false);
  });

  it("reports a module that takes the final assessment's id in check, not only when build refuses it", () => {
    const bank = ":::single-choice\nWhich price?\n\n- [x] GH₵ 12\n- [ ] GH₵ 5\n:::\n";
    writeFiles(`${cwd}/shop`, {
      ...withLesson("Hello.\n"),
      "01-shop/assessment.md": bank,
      "02-assessment/01-last.md": lesson("Goodbye.\n"),
    });
    const check = runCli(cwd, ["check", "shop"]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      "shop/02-assessment/01-last.md:1:1: error: Unexpected module id `assessment` from `02-assessment/`",
    );
    const build = runCli(cwd, ["build", "shop", "--target", "scorm12"]);
    expect(build.stderr).toBe(check.stderr);
  });

  it("says why a linked or hidden media file cannot be used instead of calling it missing", () => {
    writeFiles(`${cwd}/shop`, {
      ...withLesson("![A jar](../media/link.svg)\n\n![A draft](../media/.draft.svg)\n"),
      "media/jar.svg": SVG,
      "media/.draft.svg": SVG,
    });
    symlinkSync("jar.svg", path.join(cwd, "shop/media/link.svg"));
    const run = runCli(cwd, ["check", "shop"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "shop/01-shop/01-intro.md:7:1: error: Unexpected symbolic link `../media/link.svg`, expected the file itself (links are not followed) [unusable-file]",
    );
    expect(run.stderr).toContain(
      "shop/01-shop/01-intro.md:9:1: error: Unexpected hidden file `../media/.draft.svg`, expected a name that does not start with `.` [unusable-file]",
    );
    expect(run.stderr).not.toContain("missing-media");
  });

  it("reports a broken attribute, a forgotten fence and a silent ending where they are written", () => {
    const question = "Which price?\n\n- [x] GH₵ 12\n- [ ] GH₵ 5\n:::\n";
    const scenario =
      ":::scenario\n### Start\nShe calls.\n\n- [Listen](#listen)\n\n### Listen\nShe stays.\n\n::ending{outcome=best}\n:::\n";
    writeFiles(`${cwd}/shop`, {
      "course.md": COURSE_FRONTMATTER,
      "01-shop/01-intro.md": lesson(`:::single-choice{id="price\\" attempts=2"}\n${question}`),
      "01-shop/02-tip.md": lesson(`:::tip\nCount first.\n\n:::single-choice\n${question}`),
      "01-shop/03-story.md": lesson(scenario),
    });
    const run = runCli(cwd, ["check", "shop"]);
    expect(run.status).toBe(1);
    const located = run.stderr.split("\n").filter((line) => line.startsWith("shop/"));
    expect(located).toEqual([
      'shop/01-shop/01-intro.md:7:40: error: Unexpected `"` in the value of `attempts`, expected a space or `}`: the line `:::single-choice…` was read as text (a backslash does not escape a quote; write `&quot;` or quote with the other mark) [malformed-directive]',
      "shop/01-shop/02-tip.md:7:1: error: Unclosed `:::tip`, expected a closing `:::` line before `:::single-choice` on line 10, or a longer fence (`::::tip`) around it [unclosed-directive]",
      "shop/01-shop/03-story.md:16:1: warning: Unexpected `::ending` without text, expected what the outcome means in brackets: `::ending[…]{outcome=…}` [missing-ending-text]",
    ]);
  });

  it("reports a course over the file limit once, on course.md, and nothing else", () => {
    const photos = Object.fromEntries(
      Array.from({ length: MAX_FILES }, (_, index) => [`01-shop/photos/${index}.svg`, SVG]),
    );
    writeFiles(`${cwd}/shop`, {
      ...withLesson("Hello.\n"),
      "glossary.md": "## Term\n\nMeaning.\n",
      ...photos,
    });
    const run = runCli(cwd, ["check", "shop"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `shop/course.md:1:1: error: Unexpected ${MAX_FILES + 3} files in the course folder, expected at most ${MAX_FILES} [too-many-files]\n` +
        "    hint: Split the course into several courses.\n1 error, 0 warnings.\n",
    );
  });
});
