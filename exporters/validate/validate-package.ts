/**
 * `coursemark validate`: checks any SCORM 1.2, SCORM 2004, TinCan or cmi5 zip the way an LMS and the
 * standards' own checkers would. Each problem is a located message on a VFile named
 * `<zip>/<entry>`, so the CLI prints them like `check` does.
 */
import { VFile } from "vfile";
import { readZip, zipPathProblem } from "../zip.ts";
import { type PackageRuleId, packageRules } from "./package-rules.ts";
import { checkScormManifest, type Finding, scormVersionOf } from "./scorm-checks.ts";
import { checkCmi5, checkTincan } from "./xapi-checks.ts";
import { parseXml } from "./xml-tree.ts";
import { type SchemaSet, validateAgainstSchema } from "./xsd.ts";

export type PackageKind = "scorm12" | "scorm2004" | "tincan" | "cmi5";

export interface PackageValidation {
  kind: PackageKind | undefined;
  files: VFile[];
}

const CONTROL_FILES = { "imsmanifest.xml": "scorm", "tincan.xml": "tincan", "cmi5.xml": "cmi5" } as const;
type ControlFile = keyof typeof CONTROL_FILES;

function record(file: VFile, ruleId: PackageRuleId, message: string, line = 1, column = 1): void {
  const rule = packageRules[ruleId];
  const vfileMessage = file.message(message, { place: { line, column }, ruleId, source: "coursemark" });
  vfileMessage.fatal = rule.severity === "error";
  vfileMessage.note = rule.hint;
}

function recordAll(file: VFile, findings: Finding[]): void {
  for (const finding of findings) record(file, finding.ruleId, finding.message, finding.line, finding.column);
}

function zipFindings(zipFile: VFile, names: string[]): void {
  for (const name of names) {
    const problem = zipPathProblem(name.endsWith("/") ? name.slice(0, -1) : name);
    if (problem) record(zipFile, "bad-zip-path", `Unexpected zip entry "${name}": it has ${problem}`);
  }
  for (const name of names) {
    const control = Object.keys(CONTROL_FILES).find((file) => name.endsWith(`/${file}`));
    if (control && !names.includes(control))
      record(
        zipFile,
        "manifest-not-at-root",
        `Unexpected ${name}, expected ${control} at the root of the zip`,
      );
  }
}

async function checkControlFile(
  file: VFile,
  control: ControlFile,
  text: string,
  entries: ReadonlySet<string>,
): Promise<PackageKind | undefined> {
  const parsed = parseXml(text);
  if ("error" in parsed) {
    record(
      file,
      "malformed-xml",
      `Unexpected XML: ${parsed.error.message}`,
      parsed.error.line,
      parsed.error.column,
    );
    return undefined;
  }
  const { root } = parsed;
  const kind: PackageKind | undefined =
    control === "imsmanifest.xml"
      ? scormVersionOf(root)
      : CONTROL_FILES[control] === "tincan"
        ? "tincan"
        : "cmi5";
  if (kind === undefined) {
    record(
      file,
      "schema-invalid",
      "Unexpected root namespace, expected IMS CP 1.1.2 (SCORM 1.2) or 1.1.4 (SCORM 2004)",
      root.line,
      root.column,
    );
    return undefined;
  }
  if (kind !== "tincan") {
    for (const problem of await validateAgainstSchema(control, text, kind as SchemaSet))
      record(file, "schema-invalid", problem.message, problem.line);
  }
  if (kind === "tincan") recordAll(file, checkTincan(root, entries));
  else if (kind === "cmi5") recordAll(file, checkCmi5(root, entries));
  else recordAll(file, checkScormManifest(root, entries, kind));
  return kind;
}

/** Validates one package; `zipPath` names it in messages. */
export async function validatePackage(zipPath: string, bytes: Uint8Array): Promise<PackageValidation> {
  const zipFile = new VFile({ path: zipPath });
  let entries: Map<string, Uint8Array>;
  try {
    entries = readZip(bytes);
  } catch {
    record(zipFile, "unreadable-zip", "Unexpected file content, expected a zip archive");
    return { kind: undefined, files: [zipFile] };
  }
  const names = [...entries.keys()];
  zipFindings(zipFile, names);
  const controls = (Object.keys(CONTROL_FILES) as ControlFile[]).filter((name) => entries.has(name));
  if (controls.length === 0 && zipFile.messages.length === 0)
    record(
      zipFile,
      "unknown-package",
      "Unexpected package without imsmanifest.xml, tincan.xml or cmi5.xml at its root",
    );
  const files = [zipFile];
  let kind: PackageKind | undefined;
  for (const control of controls) {
    const file = new VFile({ path: `${zipPath}/${control}` });
    const text = new TextDecoder().decode(entries.get(control));
    kind ??= await checkControlFile(file, control, text, new Set(names));
    files.push(file);
  }
  return { kind, files };
}
