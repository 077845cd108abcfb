import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COURSE_FRONTMATTER, lesson, SVG } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
});
afterEach(() => removeTempDir(cwd));

/** Ten realistic typos, each answered with what the author meant. */
const typos = {
  "course.md": COURSE_FRONTMATTER.replace("licence:", "license:"),
  "glossary.md": "## MoMo\n\nMobile money.\n",
  "media/shito-jar.svg": SVG,
  "01-shop/02-price.md": lesson("Prices.\n"),
  "01-shop/01-intro.md": lesson(
    [
      "Welcome to {{shop-name}}. Pay with :term[MoMo]{idd=momo}. Read [prices](02-prices.md).",
      "",
      "![A jar](../media/shito-jars.svg)",
      "",
      ":::singel-choice\nWhich?\n\n- [x] A\n- [ ] B\n:::",
      "",
      ":::single-choice{atempts=2}\nWhich?\n\n- [x] A\n- [ ] B\n:::",
      "",
      ":tip[Save often]",
      "",
    ].join("\n"),
  ),
};

describe("did you mean …?", () => {
  it("offers the nearest key, variable, link, media file, directive and attribute", () => {
    writeFiles(`${cwd}/shop`, typos);
    const { status, stderr } = runCli(cwd, ["check", "shop"]);
    expect(status).toBe(1);
    const suggestions = [...stderr.matchAll(/did you mean `([^`]+)`/g)].map((match) => match[1]);
    expect(suggestions).toEqual([
      "shop_name",
      "id",
      "02-price.md",
      "../media/shito-jar.svg",
      ":::single-choice",
      "attempts",
      "licence",
    ]);
  });

  it("offers nothing when no name is close enough to be a typo", () => {
    writeFiles(`${cwd}/shop`, {
      ...typos,
      "01-shop/01-intro.md": lesson("Welcome to {{colour}}.\n\n![A jar](../media/logo.png)\n"),
    });
    const { stderr } = runCli(cwd, ["check", "shop"]);
    expect(stderr).toContain("Unknown variable `colour`");
    expect(stderr).not.toContain("did you mean `shop_name`");
    expect(stderr).not.toContain("did you mean `../media");
  });
});
