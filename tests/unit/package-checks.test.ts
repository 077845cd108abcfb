import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { createScorm12Target } from "../../exporters/scorm12/index.ts";
import { createScorm2004Target } from "../../exporters/scorm2004/index.ts";
import { createZip, readZip } from "../../exporters/zip.ts";
import { checkPackage } from "../e2e/lms/package-checks.ts";
import { fakePlayer } from "./support/fake-player.ts";

/** The package checker must catch what STANDARDS.md §2.6 and §4 say XSD alone misses or catches. */
describe("package checks", () => {
  const packages = new Map<string, Map<string, Uint8Array>>();
  beforeAll(async () => {
    const source = await readCourse("course-src/sample");
    const { model } = compileCourse(source);
    if (!model) throw new Error("the sample course must compile");
    for (const target of [createScorm12Target(fakePlayer), createScorm2004Target(fakePlayer)]) {
      if (!("build" in target)) continue;
      const [file] = await target.build({ model, source }, { split: "module" });
      packages.set(target.name, readZip(file?.content ?? new Uint8Array()));
    }
  });

  function mutated(version: string, edit: (manifest: string) => string, extra: Record<string, string> = {}) {
    const entries = new Map(packages.get(version));
    const manifest = new TextDecoder().decode(entries.get("imsmanifest.xml"));
    entries.set("imsmanifest.xml", new TextEncoder().encode(edit(manifest)));
    for (const [name, text] of Object.entries(extra)) entries.set(name, new TextEncoder().encode(text));
    return createZip(entries);
  }

  it.each([
    [
      "scorm12",
      (m: string) => m.replace('adlcp:scormtype="sco"', 'adlcp:scormType="sco"'),
      "XSD validation failed",
    ],
    [
      "scorm12",
      (m: string) =>
        m.replace("masteryscore>", "masteryscor>").replace("</adlcp:masteryscore>", "</adlcp:masteryscor>"),
      "XSD validation failed",
    ],
    [
      "scorm2004",
      (m: string) => m.replace('adlcp:scormType="sco"', 'adlcp:scormtype="sco"'),
      "resource without the right scorm type",
    ],
    [
      "scorm2004",
      (m: string) => m.replace('identifierref="RES_SCO"', 'identifierref="RES_NONE"'),
      "identifierref RES_NONE does not resolve",
    ],
    [
      "scorm2004",
      (m: string) => m.replace('default="ORG"', 'default="ORG2"'),
      "default organization ORG2 does not exist",
    ],
    [
      "scorm12",
      (m: string) => m.replace('<file href="index.html"/>', '<file href="missing.html"/>'),
      "listed file missing.html is not in the zip",
    ],
  ] as const)("%s: a broken manifest is reported (%#)", async (version, edit, problem) => {
    const report = await checkPackage(mutated(version, edit), version);
    expect(report.problems.join("\n")).toContain(problem);
  });

  it("reports a zip file the manifest does not list", async () => {
    const report = await checkPackage(
      mutated("scorm12", (m) => m, { "stray.txt": "x" }),
      "scorm12",
    );
    expect(report.problems).toContain("zip file stray.txt is not listed");
  });
});
