import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readZip } from "../exporters/zip.ts";
import { COURSE_FRONTMATTER, lesson } from "../tests/unit/support/in-memory-course.ts";
import { createTempDir, removeTempDir, runCli, writeFiles } from "../tests/unit/support/run-cli.ts";

const IRI_BASE = "https://learn.example.org/courses";
const withBase = (base: string) => COURSE_FRONTMATTER.replace(`iriBase: ${IRI_BASE}\n`, `iriBase: ${base}\n`);
const withoutBase = COURSE_FRONTMATTER.replace(`iriBase: ${IRI_BASE}\n`, "");
const QUIZ = `:::single-choice{id=q1}\nPick one.\n\n- [x] Right\n- [ ] Wrong\n:::\n`;
const files = (courseMd: string) => ({
  "course.md": courseMd,
  "01-shop/01-intro.md": lesson("Welcome to {{shop_name}}.\n"),
  "02-prices/01-first.md": lesson("Price it right.\n"),
  "02-prices/assessment.md": QUIZ,
});
const XSD = path.resolve("schemas/xsd/cmi5/CourseStructure.xsd");

let cwd: string;
beforeEach(() => {
  cwd = createTempDir();
});
afterEach(() => removeTempDir(cwd));

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const zipAt = (file: string) => readZip(new Uint8Array(readFileSync(path.join(cwd, "dist", file))));

describe("build --target xapi,cmi5", () => {
  it("writes a TinCan and a cmi5 package per module and the assessment, structure file at the zip root", () => {
    writeFiles(`${cwd}/demo`, files(withBase(IRI_BASE)));
    const run = runCli(cwd, ["build", "demo", "--target", "xapi,cmi5"]);
    expect(run.status, run.stderr).toBe(0);
    const names = ["demo--assessment.zip", "demo--prices.zip", "demo--shop.zip"];
    expect(readdirSync(path.join(cwd, "dist/xapi"))).toEqual(names);
    expect(readdirSync(path.join(cwd, "dist/cmi5"))).toEqual(names);

    const tincan = text(zipAt("xapi/demo--shop.zip").get("tincan.xml"));
    expect(tincan).toContain('<tincan xmlns="http://projecttincan.com/tincan.xsd">');
    expect(tincan.match(/<activity /g)).toHaveLength(1);
    expect(tincan.match(/<launch /g)).toHaveLength(1);
    expect(tincan).toContain(`id="${IRI_BASE}/demo/modules/shop"`);

    const assessment = zipAt("cmi5/demo--assessment.zip");
    expect([...assessment.keys()]).toContain("index.html");
    const cmi5 = text(assessment.get("cmi5.xml"));
    expect(cmi5).toContain(`<au id="${IRI_BASE}/demo/assessment" moveOn="Passed" masteryScore="0.7"`);
    const report = JSON.parse(readFileSync(path.join(cwd, "dist/build-report.json"), "utf8")) as {
      artefacts: Array<{ path: string; firstOpenBytes?: number }>;
    };
    for (const artefact of report.artefacts.filter((entry) => /^(xapi|cmi5)\//.test(entry.path)))
      expect(artefact.firstOpenBytes, artefact.path).toBeGreaterThan(1000);
  });

  it("--split course: one cmi5 course structure whose AUs are the modules and the assessment, valid against the XSD", () => {
    writeFiles(`${cwd}/demo`, files(withBase(IRI_BASE)));
    const build = () => runCli(cwd, ["build", "demo", "--target", "cmi5", "--split", "course"]);
    expect(build().status).toBe(0);
    const first = readFileSync(path.join(cwd, "dist/cmi5/demo.zip"));
    const entries = zipAt("cmi5/demo.zip");
    const cmi5 = text(entries.get("cmi5.xml"));
    expect(cmi5).toContain(`<course id="${IRI_BASE}/demo">`);
    expect(
      [...cmi5.matchAll(/<au id="([^"]+)" moveOn="(\w+)"/g)].map((match) => [match[1], match[2]]),
    ).toEqual([
      [`${IRI_BASE}/demo/modules/shop`, "Completed"],
      [`${IRI_BASE}/demo/modules/prices`, "Completed"],
      [`${IRI_BASE}/demo/assessment`, "Passed"],
    ]);
    for (const url of cmi5.matchAll(/<url>([^<]+)<\/url>/g)) expect(entries.has(url[1] ?? "")).toBe(true);
    writeFileSync(path.join(cwd, "cmi5.xml"), cmi5);
    const lint = spawnSync("xmllint", ["--noout", "--schema", XSD, path.join(cwd, "cmi5.xml")], {
      encoding: "utf8",
    });
    expect(lint.status, lint.stderr).toBe(0);
    expect(build().status).toBe(0);
    expect(readFileSync(path.join(cwd, "dist/cmi5/demo.zip")).equals(first)).toBe(true);
  });

  it.each([
    [withoutBase, "demo/course.md:2:1", "Missing key `iriBase`", "missing-frontmatter-field"],
    [withBase("courses/demo"), "demo/course.md:5:1", "not an absolute IRI", "invalid-frontmatter"],
  ])(
    "reports a missing or relative IRI base where it belongs, once for both targets",
    (courseMd, place, message, rule) => {
      writeFiles(`${cwd}/demo`, files(courseMd));
      const run = runCli(cwd, ["build", "demo", "--target", "xapi,cmi5"]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(place);
      expect(run.stderr).toContain(message);
      expect(run.stderr.split(rule).length - 1).toBe(1);
      expect(runCli(cwd, ["build", "demo", "--target", "scorm12"]).status).toBe(0);
    },
  );
});
