import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, createTempDir, REPO, removeTempDir, runCli } from "../tests/unit/support/run-cli.ts";

/** The sample course and one language edition per translations/<lang>.xlf (sample_fr, sample_ar…). */
const EDITIONS = [
  "sample",
  ...readdirSync(path.join(REPO, "course-src/sample/translations"))
    .filter((name) => name.endsWith(".xlf"))
    .map((name) => `sample_${path.basename(name, ".xlf")}`),
];

let out: string;
let run: CliRun;
beforeAll(() => {
  out = createTempDir();
  run = runCli(REPO, ["build", "course-src/sample", "--target", "moodle-xml", "--out", out]);
  // The sample course and its language editions: no time limit a loaded machine could hit.
}, 600_000);
afterAll(() => removeTempDir(out));

describe("coursemark build --target moodle-xml", () => {
  it("writes the question bank and warns about each question it leaves out", () => {
    expect(run.status, run.stderr).toBe(0);
    const warnings = run.stderr
      .split("\n")
      .filter((line) => line.startsWith("warning: moodle-xml leaves out"));
    // Four per edition: the course and each of its translations.
    expect(EDITIONS).toEqual(expect.arrayContaining(["sample", "sample_fr", "sample_ar"]));
    expect(warnings).toHaveLength(4 * EDITIONS.length);
    expect(warnings[1]).toBe(
      'warning: moodle-xml leaves out the scenario "late_order": Moodle has no branching question type',
    );
    const xml = readFileSync(path.join(out, "moodle-xml", "sample.xml"), "utf8");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    const report = JSON.parse(readFileSync(path.join(out, "build-report.json"), "utf8"));
    const entries = report.artefacts.filter(
      (artefact: { target: string }) => artefact.target === "moodle-xml",
    );
    // Each edition keeps the course's questions: only their texts change.
    expect(entries).toHaveLength(EDITIONS.length);
    expect(entries).toEqual(
      expect.arrayContaining(
        EDITIONS.map((course) =>
          expect.objectContaining({ path: `moodle-xml/${course}.xml`, course, questions: 20, skipped: 4 }),
        ),
      ),
    );
  });
});
