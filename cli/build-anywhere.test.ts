import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { targets } from "../exporters/targets.ts";
import { COURSE_FRONTMATTER, lesson } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
  writeFiles(path.join(cwd, "course"), {
    "course.md": COURSE_FRONTMATTER,
    "01-shop/01-intro.md": lesson("Welcome to {{shop_name}}.\n"),
  });
});
afterEach(() => removeTempDir(cwd));

describe("build from a folder outside the project", () => {
  it("builds every target with absolute paths and writes nothing but --out", () => {
    const out = path.join(cwd, "out");
    const run = runCli(cwd, ["build", path.join(cwd, "course"), "--out", out, "--target", "all"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`into ${out}/`);
    expect(readdirSync(cwd).sort()).toEqual(["course", "out"]);
    expect(readdirSync(path.join(cwd, "course")).sort()).toEqual(["01-shop", "course.md"]);
    const folders = targets.map((target) => target.name);
    expect(readdirSync(out).sort()).toEqual(["build-report.json", ...folders].sort());
    expect(existsSync(path.join(out, "site/demo/shop/intro/index.html"))).toBe(true);
  }, 300_000);
});
