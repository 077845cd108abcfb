import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../engine/diagnostics/catalogue.ts";
import { collectDiagnostics, type DiagnosticReport, formatHuman } from "../../engine/diagnostics/format.ts";
import { compileEditions } from "../../engine/i18n/editions.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { createCourseSource } from "../../engine/source/course-source.ts";
import { readCourseEntries } from "../../engine/source/read-course.ts";
import { generatedEntries } from "./generated-entries.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/rules/", import.meta.url));
const EXPECTED = "expected.txt";
const fixtureNames = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Compiles a fixture in memory, paths shown relative to the fixture folder. */
async function compileFixture(name: string): Promise<DiagnosticReport & { compiled: boolean }> {
  const dir = path.join(FIXTURES, name);
  const onDisk = (await readCourseEntries(dir)).filter((entry) => entry.coursePath !== EXPECTED);
  const generated = generatedEntries[name]?.() ?? [];
  const source = createCourseSource(".", [...onDisk, ...generated]);
  const { model, files } = compileCourse(source);
  // Translations (translations/<lang>.xlf) are checked as the CLI does, after the course compiles.
  const editions = model ? compileEditions(model, source) : { files: [], models: [] };
  const compiled = model !== undefined && editions.models.length === editions.files.length;
  return { ...collectDiagnostics([...files, ...editions.files], dir), compiled };
}

describe("rule fixtures", () => {
  it.each(fixtureNames)("%s matches expected.txt", async (name) => {
    const actual = formatHuman(await compileFixture(name));
    const expectedPath = path.join(FIXTURES, name, EXPECTED);
    if (process.env.UPDATE) await writeFile(expectedPath, actual);
    expect(actual).toBe(await readFile(expectedPath, "utf8"));
  });

  it.each(Object.keys(rules))("%s has a fixture that reports it", async (ruleId) => {
    expect(fixtureNames).toContain(ruleId);
    const { diagnostics } = await compileFixture(ruleId);
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain(ruleId);
  });

  it.each(fixtureNames)("%s gives a model exactly when it has no errors", async (name) => {
    const { compiled, summary } = await compileFixture(name);
    expect(compiled).toBe(summary.errors === 0);
  });

  it("has no fixture for a rule that is not in the catalogue", () => {
    expect(fixtureNames.filter((name) => !(name in rules))).toEqual([]);
  });
});
