import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTempDir, removeTempDir, runCli } from "../../tests/unit/support/run-cli.ts";

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
});
afterEach(() => removeTempDir(cwd));

const project = () => path.join(cwd, "kente-shop");
const course = () => path.join(project(), "course-src", "kente_shop");

describe("coursemark init", () => {
  it("creates a project whose course passes check --strict", () => {
    const init = runCli(cwd, ["init", "kente-shop"]);
    expect(init.status).toBe(0);
    expect(init.stderr).toContain("created kente-shop/course-src/kente_shop/course.md");
    expect(readdirSync(course()).sort()).toEqual(["01-getting-started", "course.md", "media"]);
    const manifest = JSON.parse(readFileSync(path.join(project(), "package.json"), "utf8"));
    expect(manifest.scripts).toEqual({
      dev: "coursemark dev",
      check: "coursemark check --strict",
      build: "coursemark build",
    });
    expect(readFileSync(path.join(project(), "README.md"), "utf8")).toContain("npm run check");
    expect(runCli(project(), ["check", "--strict"])).toMatchObject({
      status: 0,
      stderr: "No problems found.\n",
    });
  });

  it("never replaces an author's files", () => {
    runCli(cwd, ["init", "kente-shop"]);
    const before = readFileSync(path.join(course(), "course.md"), "utf8");
    const again = runCli(cwd, ["init", "kente-shop"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("Not replacing files that exist");
    expect(readFileSync(path.join(course(), "course.md"), "utf8")).toBe(before);
  });
});

describe("coursemark new", () => {
  beforeEach(() => {
    runCli(cwd, ["init", "kente-shop"]);
  });

  it("adds numbered modules and lessons that pass check --strict", () => {
    expect(runCli(project(), ["new", "module", "Taking orders"]).status).toBe(0);
    const module = path.join(course(), "02-taking-orders");
    expect(runCli(project(), ["new", "lesson", module, "Your price: GH₵ 35"]).status).toBe(0);
    expect(runCli(project(), ["new", "lesson", module, "Getting paid"]).status).toBe(0);
    expect(readdirSync(module).sort()).toEqual(["01-your-price-gh-35.md", "02-getting-paid.md", "module.md"]);
    expect(readFileSync(path.join(module, "01-your-price-gh-35.md"), "utf8")).toContain(
      'title: "Your price: GH₵ 35"',
    );
    expect(runCli(project(), ["check", "--strict"])).toMatchObject({
      status: 0,
      stderr: "No problems found.\n",
    });
  });

  it("finds the course with --course when run elsewhere", () => {
    expect(runCli(cwd, ["new", "module", "Delivery", "--course", course()]).status).toBe(0);
    expect(readdirSync(course())).toContain("02-delivery");
  });

  it.each([
    [["new", "lesson", "media", "Hello"], "is not a module folder"],
    [["new", "chapter", "Hello"], "Unexpected arguments to new"],
    [["new", "module"], "Unexpected arguments to new"],
  ])("refuses %j with a usage error", (args, message) => {
    const run = runCli(course(), args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
