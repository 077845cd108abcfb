import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rules } from "../engine/diagnostics/catalogue.ts";
import { COURSE_FRONTMATTER, lesson } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

const validCourse = {
  "course.md": COURSE_FRONTMATTER,
  "01-shop/01-intro.md": lesson("Welcome to {{shop_name}}.\n"),
};
/** An empty screen is a warning, not an error. */
const warningCourse = { ...validCourse, "01-shop/01-intro.md": lesson("One.\n\n---\n\n---\n\nTwo.\n") };
/** Errors in two files, out of order on purpose. */
const brokenCourse = {
  ...validCourse,
  "01-shop/02-more.md": lesson("Hi {{owner}}.\n\n![](../media/missing.svg)\n"),
  "01-shop/01-intro.md": lesson("Read [this](09-nowhere.md).\n"),
};

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
});
afterEach(() => removeTempDir(cwd));

describe("exit codes", () => {
  it("is 0 for a course without problems", () => {
    writeFiles(`${cwd}/shop`, validCourse);
    const run = runCli(cwd, ["check", "shop"]);
    expect(run).toEqual({ status: 0, stdout: "", stderr: "No problems found.\n" });
  });

  it("is 1 for a course with errors", () => {
    writeFiles(`${cwd}/shop`, brokenCourse);
    expect(runCli(cwd, ["check", "shop"]).status).toBe(1);
  });

  it.each([
    [[], "Missing command"],
    [["publish", "shop"], 'Unknown command "publish"'],
    [["check", "--colour"], "Unknown option '--colour'"],
    [["check", "shop", "--format", "xml"], 'Unknown format "xml"'],
    [["check", "nowhere"], '"nowhere" is not a course folder'],
    [["build", "shop", "--target", "nope"], 'Unknown target "nope"'],
  ])("is 2 for a usage error: %j", (args, message) => {
    writeFiles(`${cwd}/shop`, validCourse);
    const run = runCli(cwd, args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Run "coursemark --help" for usage.');
  });

  it("is 2 for a folder without course.md", () => {
    writeFiles(`${cwd}/notes`, { "01-shop/01-intro.md": lesson("Hi.\n") });
    const run = runCli(cwd, ["check", "notes"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"notes" is not a course folder (it has no course.md)');
  });

  it("is 0 for warnings, and 1 with --strict", () => {
    writeFiles(`${cwd}/shop`, warningCourse);
    const relaxed = runCli(cwd, ["check", "shop"]);
    expect(relaxed.status).toBe(0);
    expect(relaxed.stderr).toContain("0 errors, 1 warning.");
    expect(runCli(cwd, ["check", "shop", "--strict"]).status).toBe(1);
  });
});

describe("several courses", () => {
  it("are checked once each, even when a folder is named twice", () => {
    writeFiles(`${cwd}/shop`, brokenCourse);
    const run = runCli(cwd, ["check", "shop", "./shop/"]);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("4 errors, 0 warnings.");
  });

  it("must not share a course id, since their outputs are named by it", () => {
    writeFiles(`${cwd}/shop`, validCourse);
    writeFiles(`${cwd}/shop-copy`, validCourse);
    const run = runCli(cwd, ["check", "shop", "shop-copy"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "shop-copy/course.md:2:1: error: Duplicate course id `demo`, already used by shop/course.md [duplicate-id]",
    );
  });
});

describe("human format", () => {
  it("goes to stderr, sorted by file and position, with the summary line last", () => {
    writeFiles(`${cwd}/shop`, brokenCourse);
    const run = runCli(cwd, ["check", "shop"]);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    const located = lines.filter((line) => !line.startsWith("    hint: ")).slice(0, -1);
    expect(located.map((line) => line.split(": ")[0])).toEqual([
      "shop/01-shop/01-intro.md:7:6",
      "shop/01-shop/02-more.md:7:4",
      "shop/01-shop/02-more.md:9:1",
      "shop/01-shop/02-more.md:9:1",
    ]);
    expect(located[0]).toMatch(/: error: .+ \[broken-lesson-link\]$/);
    expect(lines.filter((line) => line.startsWith("    hint: "))).toHaveLength(4);
    expect(located.slice(2).map((line) => /\[(.+)\]$/.exec(line)?.[1])).toEqual([
      "missing-alt-text",
      "missing-media",
    ]);
    expect(lines.at(-1)).toBe("4 errors, 0 warnings.");
  });
});

describe("--format json", () => {
  it("prints exactly the diagnostics and summary on stdout, nothing else", () => {
    writeFiles(`${cwd}/shop`, brokenCourse);
    const run = runCli(cwd, ["check", "shop", "--format", "json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const output = JSON.parse(run.stdout) as {
      diagnostics: Array<Record<string, unknown>>;
      summary: Record<string, unknown>;
    };
    expect(Object.keys(output)).toEqual(["diagnostics", "summary"]);
    expect(output.summary).toEqual({ errors: 4, warnings: 0 });
    for (const diagnostic of output.diagnostics) {
      expect(Object.keys(diagnostic)).toEqual([
        "file",
        "line",
        "column",
        "endLine",
        "endColumn",
        "severity",
        "ruleId",
        "message",
        "hint",
      ]);
      expect(diagnostic.hint).toBe(rules[diagnostic.ruleId as keyof typeof rules].hint);
    }
    expect(output.diagnostics[1]).toEqual({
      file: "shop/01-shop/02-more.md",
      line: 7,
      column: 4,
      endLine: 7,
      endColumn: 13,
      severity: "error",
      ruleId: "unknown-variable",
      message: "Unknown variable `owner`, expected one of `price`, `shop_name`",
      hint: rules["unknown-variable"].hint,
    });
  });

  it("prints an empty list for a clean course", () => {
    writeFiles(`${cwd}/shop`, validCourse);
    const run = runCli(cwd, ["check", "shop", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0 } });
  });
});

describe("Node version check", () => {
  it("stops with exit 2 and advice on the system's older Node", () => {
    const run = runCli(cwd, ["check"], "/usr/bin/node");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/coursemark needs Node\.js 22\.19 or newer, but this is v\d+/);
    expect(run.stderr).toContain("npx coursemark build");
  });
});
