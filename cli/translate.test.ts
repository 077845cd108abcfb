import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AdmZip from "adm-zip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectSourceUnits } from "../engine/i18n/export.ts";
import { partsText } from "../engine/i18n/inline.ts";
import { pseudoLocalise } from "../engine/i18n/pseudo-localise.ts";
import { courseModelSchema } from "../engine/model/schema.ts";
import { createTempDir, REPO, removeTempDir, runCli } from "../tests/unit/support/run-cli.ts";

/** Every target but the site (Astro's build is the site tests' business). */
const TARGETS = "model,scorm12,scorm2004,xapi,cmi5,moodle-xml";
/** A build of the sample course in six targets on a loaded two-core machine: no limit that matters. */
const BUILD_TIME = 600_000;

let cwd: string;
let exported: { status: number | null; stderr: string };
let checked: { status: number | null; stderr: string };
let built: { status: number | null; stderr: string };

const xlf = () => path.join(cwd, "sample/translations/fr.xlf");
const zipText = (file: string, entry: string) =>
  new AdmZip(readFileSync(path.join(cwd, "dist", file))).getEntry(entry)?.getData().toString("utf8") ?? "";

beforeAll(() => {
  cwd = createTempDir();
  cpSync(path.join(REPO, "course-src/sample"), path.join(cwd, "sample"), {
    recursive: true,
    // The course's own French translation would be overwritten; the test translator makes one.
    filter: (source) => !source.includes(`${path.sep}translations`),
  });
  exported = runCli(cwd, ["translate", "export", "sample", "--lang", "fr"]);
  // The test "translator": every unit pseudo-localised (accented, 30% longer, placeholders kept).
  writeFileSync(xlf(), pseudoLocalise(readFileSync(xlf(), "utf8")));
  checked = runCli(cwd, ["check", "sample", "--strict"]);
  built = runCli(cwd, ["build", "sample", "--target", TARGETS]);
}, BUILD_TIME);
afterAll(() => removeTempDir(cwd));

describe("translation round trip: export → translate → check → build", () => {
  it("exports one unit per segment and reads the filled file back without a warning", () => {
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/^Wrote \d+ units to sample\/translations\/fr\.xlf\.\n$/);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stderr).toContain("No problems found.");
  });

  it("builds a French edition whose every text is the translation, with the source's ids and scoring", () => {
    expect(built.status, built.stderr).toBe(0);
    const read = (name: string) =>
      courseModelSchema.parse(JSON.parse(readFileSync(path.join(cwd, "dist/model", name), "utf8")));
    const english = read("sample.json");
    const french = read("sample_fr.json");
    expect(french).toMatchObject({ id: "sample_fr", lang: "fr" });
    const units = collectSourceUnits(french, new Map());
    expect(units.length).toBe(collectSourceUnits(english, new Map()).length);
    const untranslated = units.filter(({ segment }) => !/·$/.test(partsText(segment.parts).trimEnd()));
    expect(untranslated.map((unit) => unit.id)).toEqual([]);
    const structure = (model: typeof english) =>
      model.modules.map((module) => [
        module.id,
        module.lessons.map((lesson) => lesson.id),
        module.bank.map((item) => item.id),
      ]);
    expect(structure(french)).toEqual(structure(english));
  });

  it("names every package after the edition and states its language in the manifests", () => {
    for (const target of ["scorm12", "scorm2004", "xapi", "cmi5"]) {
      expect(readFileSync(path.join(cwd, "dist/build-report.json"), "utf8")).toContain(
        `"${target}/sample_fr--getting_started.zip"`,
      );
    }
    const manifest12 = zipText("scorm12/sample_fr--getting_started.zip", "imsmanifest.xml");
    const manifest2004 = zipText("scorm2004/sample_fr--getting_started.zip", "imsmanifest.xml");
    for (const manifest of [manifest12, manifest2004]) {
      expect(manifest).toMatch(/<(\w+:)?language>fr<\/(\w+:)?language>/);
      expect(manifest).toContain("Géttíñg stártéd");
      expect(manifest).toContain("sample_fr");
    }
    const page = zipText("scorm12/sample_fr--getting_started.zip", "index.html");
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain("Wélçömé tö");
    expect(zipText("scorm2004/sample--getting_started.zip", "imsmanifest.xml")).toMatch(
      /<(\w+:)?language>en-GH</,
    );
    expect(zipText("cmi5/sample_fr--getting_started.zip", "cmi5.xml")).toMatch(/lang="fr"/);
    expect(zipText("xapi/sample_fr--getting_started.zip", "tincan.xml")).toMatch(/lang="fr"/);
    expect(readFileSync(path.join(cwd, "dist/moodle-xml/sample_fr.xml"), "utf8")).toContain("Whát");
  });
});
