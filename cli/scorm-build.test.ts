import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COURSE_FRONTMATTER, lesson } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

const files = {
  "course.md": COURSE_FRONTMATTER,
  "01-shop/01-intro.md": lesson("Welcome to {{shop_name}}.\n"),
  "02-prices/01-first.md": lesson("Price it right.\n"),
};

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
  writeFiles(`${cwd}/demo`, files);
});
afterEach(() => removeTempDir(cwd));

const report = () =>
  JSON.parse(readFileSync(path.join(cwd, "dist/build-report.json"), "utf8")) as {
    artefacts: Array<
      { target: string; path: string; sha256: string; module: string | null } & Record<string, unknown>
    >;
  };

describe("build --target scorm12,scorm2004", () => {
  it("writes one package per module (no assessment without banks) with firstOpenBytes and suspendData", () => {
    const run = runCli(cwd, ["build", "demo", "--target", "scorm12,scorm2004"]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(path.join(cwd, "dist/scorm12"))).toEqual(["demo--prices.zip", "demo--shop.zip"]);
    expect(readdirSync(path.join(cwd, "dist/scorm2004"))).toEqual(["demo--prices.zip", "demo--shop.zip"]);
    const artefact = report().artefacts.find((entry) => entry.path === "scorm12/demo--shop.zip");
    expect(artefact).toMatchObject({ target: "scorm12", module: "shop", suspendData: { limit: 4096 } });
    expect(artefact?.firstOpenBytes).toBeGreaterThan(1000);
    const suspendData = artefact?.suspendData as { worst: number } | undefined;
    expect(suspendData?.worst).toBeGreaterThan(0);
  });

  it("--split course writes one package per course, byte-identical when built again", () => {
    expect(runCli(cwd, ["build", "demo", "--target", "scorm12", "--split", "course"]).status).toBe(0);
    const first = report().artefacts.map((entry) => [entry.path, entry.sha256]);
    expect(first.map(([file]) => file)).toEqual(["scorm12/demo.zip"]);
    expect(runCli(cwd, ["build", "demo", "--target", "scorm12", "--split", "course"]).status).toBe(0);
    expect(report().artefacts.map((entry) => [entry.path, entry.sha256])).toEqual(first);
  });

  it("rejects an unknown split as a usage error", () => {
    const run = runCli(cwd, ["build", "demo", "--split", "lesson"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown split "lesson", expected module or course');
  });
});
