/**
 * Checks a SCORM package the way an LMS and ADL's validator would: `coursemark validate`
 * (exporters/validate: zip layout, the XSDs, the semantic rules XSD cannot express), plus Debian's
 * xmllint against the full official schemas, whose IMS MD 1.2 part the validator's libxml2 2.13
 * cannot compile (STANDARDS.md §4). Returns one line per problem.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { collectDiagnostics } from "../../../engine/diagnostics/format.ts";
import { validatePackage } from "../../../exporters/validate/validate-package.ts";
import { readZip } from "../../../exporters/zip.ts";

export type ScormVersion = "scorm12" | "scorm2004";

const SCHEMAS = fileURLToPath(new URL("../../../schemas/xsd/", import.meta.url));
export const WRAPPER_SCHEMA: Record<ScormVersion, string> = {
  scorm12: path.join(SCHEMAS, "scorm12", "wrapper12.xsd"),
  scorm2004: path.join(SCHEMAS, "scorm2004", "wrapper2004.xsd"),
};

export function xmllint(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error)
    throw new Error(`xmllint is needed (Debian: apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface PackageReport {
  problems: string[];
  entries: Map<string, Uint8Array>;
  manifest: string;
  xsdOutput: string;
}

export async function checkPackage(zip: Uint8Array, version: ScormVersion): Promise<PackageReport> {
  const validation = await validatePackage("package.zip", zip);
  const problems = collectDiagnostics(validation.files).diagnostics.map(
    (diagnostic) => `${diagnostic.file}:${diagnostic.line}: ${diagnostic.message} [${diagnostic.ruleId}]`,
  );
  if (validation.kind !== version) problems.push(`expected a ${version} package, found ${validation.kind}`);
  const entries = readZip(zip);
  const manifestBytes = entries.get("imsmanifest.xml");
  if (!manifestBytes) return { problems, entries, manifest: "", xsdOutput: "" };
  const dir = await mkdtemp(path.join(tmpdir(), "cm-manifest-"));
  try {
    const manifestPath = path.join(dir, "imsmanifest.xml");
    await writeFile(manifestPath, manifestBytes);
    const xsd = xmllint(["--noout", "--schema", WRAPPER_SCHEMA[version], manifestPath]);
    if (xsd.status !== 0) problems.push(`XSD validation failed (exit ${xsd.status}): ${xsd.stderr}`);
    return {
      problems,
      entries,
      manifest: new TextDecoder().decode(manifestBytes),
      xsdOutput: xsd.stderr.trim(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
