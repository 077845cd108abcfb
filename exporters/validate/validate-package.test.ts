import AdmZip from "adm-zip";
import { beforeAll, describe, expect, it } from "vitest";
import { collectDiagnostics, type Diagnostic } from "../../engine/diagnostics/format.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { fakePlayer } from "../../tests/unit/support/fake-player.ts";
import { createScorm12Target } from "../scorm12/index.ts";
import { createScorm2004Target } from "../scorm2004/index.ts";
import { readZip } from "../zip.ts";
import { validatePackage } from "./validate-package.ts";

type Entries = Map<string, Uint8Array>;
const packages = new Map<string, Entries>();
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

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

/** Zip bytes written the way another tool might: no path checks, entries in the given order. */
function rawZip(entries: Entries): Uint8Array {
  const archive = new AdmZip();
  for (const [name, bytes] of entries) archive.addFile(name, Buffer.from(bytes));
  return new Uint8Array(archive.toBuffer());
}

function edited(version: string, edit: (manifest: string) => string): Entries {
  const entries = new Map(packages.get(version));
  entries.set("imsmanifest.xml", encode(edit(decode(entries.get("imsmanifest.xml")))));
  return entries;
}

async function diagnose(entries: Entries | Uint8Array): Promise<Diagnostic[]> {
  const bytes = entries instanceof Uint8Array ? entries : rawZip(entries);
  return collectDiagnostics((await validatePackage("pkg.zip", bytes)).files).diagnostics;
}

/** `file:line:column rule` of each diagnostic, the part an author reads first. */
function located(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
}

/** The 1-based line of the first line containing `text`. */
function lineOf(entries: Entries, text: string, file = "imsmanifest.xml"): number {
  return (
    decode(entries.get(file))
      .split("\n")
      .findIndex((line) => line.includes(text)) + 1
  );
}

describe("coursemark validate on Coursemark's own packages", () => {
  it.each(["scorm12", "scorm2004"])("finds nothing wrong in a %s package", async (version) => {
    const entries = packages.get(version);
    expect(entries && (await diagnose(entries))).toEqual([]);
  });
});

describe("coursemark validate on broken SCORM packages", () => {
  it("reports an IMS CP attribute in the wrong case, by the XSD and by name (1.2)", async () => {
    const entries = edited("scorm12", (m) => m.replace('adlcp:scormtype="sco"', 'adlcp:scormType="sco"'));
    const line = lineOf(entries, "<resource ");
    expect(located(await diagnose(entries))).toEqual([
      `pkg.zip/imsmanifest.xml:${line}:1 schema-invalid`,
      `pkg.zip/imsmanifest.xml:${line}:5 wrong-scorm-type`,
    ]);
  });

  it("reports a lowercase scormtype in 2004, which the lax 2004 XSD lets through", async () => {
    const entries = edited("scorm2004", (m) => m.replace('adlcp:scormType="sco"', 'adlcp:scormtype="sco"'));
    const [problem, ...rest] = await diagnose(entries);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ ruleId: "wrong-scorm-type", line: lineOf(entries, "<resource ") });
    expect(problem?.message).toBe("Unexpected adlcp:scormtype, expected adlcp:scormType");
  });

  it("reports dangling references, duplicate identifiers and the wrong version text", async () => {
    const entries = edited("scorm2004", (m) =>
      m
        .replace('identifierref="RES_SCO"', 'identifierref="RES_GONE"')
        .replace('<item identifier="ITEM"', '<item identifier="ORG"')
        .replace("2004 4th Edition", "1.2"),
    );
    expect(located(await diagnose(entries))).toEqual([
      `pkg.zip/imsmanifest.xml:${lineOf(entries, "<schemaversion>")}:5 wrong-schema-version`,
      `pkg.zip/imsmanifest.xml:${lineOf(entries, "<item ")}:1 schema-invalid`,
      `pkg.zip/imsmanifest.xml:${lineOf(entries, "<item ")}:7 duplicate-identifier`,
      `pkg.zip/imsmanifest.xml:${lineOf(entries, "<item ")}:7 unresolved-reference`,
    ]);
  });

  it("reports a listed file missing from the zip and a file the manifest does not list", async () => {
    const entries = new Map(packages.get("scorm12"));
    entries.delete("player.css");
    entries.set("notes/todo.txt", encode("ship it"));
    const diagnostics = await diagnose(entries);
    expect(located(diagnostics)).toEqual([
      `pkg.zip/imsmanifest.xml:${lineOf(entries, "<resources>")}:3 unlisted-file`,
      `pkg.zip/imsmanifest.xml:${lineOf(entries, '"player.css"')}:7 missing-file`,
    ]);
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning", "error"]);
  });

  it("reports prefixes Moodle's parser does not recognise", async () => {
    const entries = edited("scorm12", (m) =>
      m.replaceAll("adlcp:", "adl:").replace("xmlns:adlcp=", "xmlns:adl="),
    );
    const messages = (await diagnose(entries)).filter((d) => d.ruleId === "unconventional-prefix");
    expect(messages.map((d) => d.message)).toEqual([
      'Unexpected prefix "adl" for http://www.adlnet.org/xsd/adlcp_rootv1p2, expected "adlcp"',
    ]);
  });

  it("reports malformed XML where it breaks", async () => {
    const entries = edited("scorm12", (m) => m.replace("<title>", "<titel>"));
    const [problem, ...rest] = await diagnose(entries);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ ruleId: "malformed-xml", line: lineOf(entries, "<titel>") });
  });

  it("reports a manifest in a folder and zip paths an LMS cannot use", async () => {
    const entries = new Map(
      [...(packages.get("scorm12") ?? [])].map(([name, bytes]) => [`course/${name}`, bytes]),
    );
    expect(located(await diagnose(entries))).toContain("pkg.zip:1:1 manifest-not-at-root");
    const spaced = new Map(packages.get("scorm12"));
    spaced.set("media/my photo.png", encode("x"));
    const [problem] = await diagnose(spaced);
    expect(problem).toMatchObject({ file: "pkg.zip", ruleId: "bad-zip-path" });
    expect(problem?.message).toBe(
      'Unexpected zip entry "media/my photo.png": it has a character other than printable ASCII without spaces',
    );
  });

  it("reports a file that is not a zip and a zip that is no package", async () => {
    expect(located(await diagnose(encode("<html>not a zip</html>")))).toEqual(["pkg.zip:1:1 unreadable-zip"]);
    expect(located(await diagnose(new Map([["index.html", encode("hi")]])))).toEqual([
      "pkg.zip:1:1 unknown-package",
    ]);
  });
});

const TINCAN = `<?xml version="1.0" encoding="UTF-8"?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="https://example.org/courses/shop" type="http://adlnet.gov/expapi/activities/course">
      <name lang="en">Shop</name>
      <launch lang="en">index.html</launch>
    </activity>
    <activity id="lesson-1" type="http://adlnet.gov/expapi/activities/lesson">
      <name lang="en">Lesson</name>
      <launch lang="en">lesson.html</launch>
    </activity>
  </activities>
</tincan>
`;

const CMI5 = `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://example.org/courses/shop">
    <title><langstring lang="en">Shop</langstring></title>
    <description><langstring lang="en">A shop.</langstring></description>
  </course>
  <au id="https://example.org/courses/shop" moveOn="Sometimes">
    <title><langstring lang="en">AU</langstring></title>
    <description><langstring lang="en">An AU.</langstring></description>
    <url>au.html?endpoint=x</url>
  </au>
</courseStructure>
`;

describe("coursemark validate on TinCan and cmi5 packages", () => {
  it("reports two launchable activities, a relative id and a missing launch file in tincan.xml", async () => {
    const entries = new Map([
      ["tincan.xml", encode(TINCAN)],
      ["index.html", encode("hi")],
    ]);
    expect(located(await diagnose(entries))).toEqual([
      "pkg.zip/tincan.xml:2:1 launch-count",
      "pkg.zip/tincan.xml:8:5 not-absolute-iri",
      "pkg.zip/tincan.xml:10:7 missing-file",
    ]);
  });

  it("reports an invalid moveOn (XSD), a duplicate id, reserved launch parameters and a missing AU file", async () => {
    const entries = new Map([["cmi5.xml", encode(CMI5)]]);
    const diagnostics = await diagnose(entries);
    expect(located(diagnostics)).toEqual([
      "pkg.zip/cmi5.xml:7:1 schema-invalid",
      "pkg.zip/cmi5.xml:7:3 duplicate-identifier",
      "pkg.zip/cmi5.xml:10:5 bad-au-url",
      "pkg.zip/cmi5.xml:10:5 missing-file",
    ]);
    expect(diagnostics[0]?.message).toContain("moveOn");
  });
});
