import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AdmZip from "adm-zip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDir, REPO, removeTempDir, runCli } from "../tests/unit/support/run-cli.ts";

let cwd: string;
let packages: string[];
beforeAll(() => {
  cwd = createTempDir();
  const build = runCli(REPO, ["build", "course-src/sample", "--target", "scorm12,scorm2004", "--out", cwd]);
  expect(build.status, build.stderr).toBe(0);
  packages = ["scorm12", "scorm2004"].flatMap((target) =>
    readdirSync(path.join(cwd, target)).map((name) => path.join(cwd, target, name)),
  );
  // Two targets of the sample course and its language editions: no time limit a loaded machine could hit.
}, 600_000);
afterAll(() => removeTempDir(cwd));

describe("coursemark validate", () => {
  it("passes every package the build makes, both versions", () => {
    expect(packages.length).toBeGreaterThanOrEqual(6);
    expect(runCli(cwd, ["validate", ...packages])).toEqual({
      status: 0,
      stdout: "",
      stderr: "No problems found.\n",
    });
  });

  it("reports a broken package with file:line:column, a hint and exit code 1", () => {
    const zip = new AdmZip(readFileSync(packages[0] ?? ""));
    const manifest = zip
      .readAsText("imsmanifest.xml")
      .replace(/identifierref="[^"]+"/, 'identifierref="NOPE"');
    zip.updateFile("imsmanifest.xml", Buffer.from(manifest));
    writeFileSync(path.join(cwd, "broken.zip"), zip.toBuffer());
    const line = manifest.split("\n").findIndex((text) => text.includes("NOPE")) + 1;
    const run = runCli(cwd, ["validate", "broken.zip"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `broken.zip/imsmanifest.xml:${line}:7: error: Unexpected identifierref "NOPE", expected a resource identifier [unresolved-reference]\n    hint: Point organizations/@default`,
    );
    const json = JSON.parse(runCli(cwd, ["validate", "broken.zip", "--format", "json"]).stdout);
    expect(json.summary).toEqual({ errors: 1, warnings: 0 });
  });

  it("is a usage error without a package or with a path that cannot be read", () => {
    expect(runCli(cwd, ["validate"]).status).toBe(2);
    expect(runCli(cwd, ["validate", "missing.zip"])).toMatchObject({ status: 2 });
  });
});
