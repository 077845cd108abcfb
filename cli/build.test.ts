import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { courseModelSchema } from "../engine/model/schema.ts";
import { COURSE_FRONTMATTER, lesson } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

const course = (id: string) => ({
  "course.md": COURSE_FRONTMATTER.replace("id: demo", `id: ${id}`),
  "01-shop/01-intro.md": lesson("Welcome to {{shop_name}}.\n"),
});

interface BuildReport {
  schemaVersion: number;
  artefacts: Array<Record<string, unknown> & { path: string; bytes: number; sha256: string }>;
}

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
});
afterEach(() => removeTempDir(cwd));

const readReport = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, "build-report.json"), "utf8")) as BuildReport;

describe("build --target model", () => {
  it("writes dist/model/<id>.json and a build report with sizes and hashes", () => {
    writeFiles(`${cwd}/shop`, course("demo"));
    const run = runCli(cwd, ["build", "shop", "--target", "model"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const modelBytes = readFileSync(path.join(cwd, "dist/model/demo.json"));
    expect(courseModelSchema.parse(JSON.parse(modelBytes.toString("utf8"))).id).toBe("demo");

    const report = readReport(`${cwd}/dist`);
    expect(report).toEqual({
      schemaVersion: 1,
      artefacts: [
        {
          target: "model",
          course: "demo",
          module: null,
          path: "model/demo.json",
          bytes: modelBytes.byteLength,
          sha256: createHash("sha256").update(modelBytes).digest("hex"),
        },
      ],
    });
  });

  it("builds every course under ./course-src/ when no course is named, artefacts sorted by path", () => {
    writeFiles(`${cwd}/course-src/zebra`, course("zebra"));
    writeFiles(`${cwd}/course-src/apple`, course("apple"));
    writeFiles(`${cwd}/course-src/not-a-course`, { "notes.md": "Ideas.\n" });
    const run = runCli(cwd, ["build", "--target", "model", "--out", "out"]);
    expect(run.status).toBe(0);
    expect(readdirSync(path.join(cwd, "out/model")).sort()).toEqual(["apple.json", "zebra.json"]);
    const report = readReport(`${cwd}/out`);
    expect(report.artefacts.map((artefact) => artefact.path)).toEqual([
      "model/apple.json",
      "model/zebra.json",
    ]);
    for (const artefact of report.artefacts) {
      const bytes = readFileSync(path.join(cwd, "out", artefact.path));
      expect(artefact.bytes).toBe(bytes.byteLength);
      expect(artefact.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });

  it("replaces the target folder, so files from an earlier build do not linger", () => {
    writeFiles(`${cwd}/shop`, course("demo"));
    writeFiles(`${cwd}/dist`, { "model/stale.json": "{}\n", "model/old/deep.json": "{}\n" });
    expect(runCli(cwd, ["build", "shop", "--target", "model"]).status).toBe(0);
    expect(readdirSync(path.join(cwd, "dist/model"))).toEqual(["demo.json"]);
  });

  it("gives byte-identical output when built twice", () => {
    writeFiles(`${cwd}/shop`, course("demo"));
    runCli(cwd, ["build", "shop", "--target", "model", "--out", "a"]);
    runCli(cwd, ["build", "shop", "--target", "model", "--out", "b"]);
    for (const file of ["model/demo.json", "build-report.json"]) {
      expect(readFileSync(path.join(cwd, "b", file))).toEqual(readFileSync(path.join(cwd, "a", file)));
    }
  });

  it("writes nothing when a course has errors", () => {
    writeFiles(`${cwd}/shop`, { ...course("demo"), "01-shop/02-bad.md": lesson("Hi {{nobody}}.\n") });
    const run = runCli(cwd, ["build", "shop", "--target", "model"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("[unknown-variable]");
    expect(existsSync(path.join(cwd, "dist"))).toBe(false);
  });

  it("keeps stdout to the JSON report with --format json", () => {
    writeFiles(`${cwd}/shop`, course("demo"));
    const run = runCli(cwd, ["build", "shop", "--target", "model", "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ diagnostics: [], summary: { errors: 0, warnings: 0 } });
    expect(existsSync(path.join(cwd, "dist/model/demo.json"))).toBe(true);
  });

  it("exits 2 when there is no course to build", () => {
    const run = runCli(cwd, ["build", "--target", "model"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("No course found under ./course-src/");
    expect(existsSync(path.join(cwd, "dist"))).toBe(false);
  });
});
