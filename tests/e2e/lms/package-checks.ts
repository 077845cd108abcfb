/**
 * Checks a SCORM package the way an LMS and ADL's validator would (STANDARDS.md §8, §2.6, §4):
 * zip hygiene, XSD validity with Debian's xmllint against the official schemas (wrapper schemas in
 * tests/fixtures/schemas), and the semantic rules XSD cannot express. Returns one line per problem.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readZip, zipPathProblem } from "../../../exporters/zip.ts";

export type ScormVersion = "scorm12" | "scorm2004";

const SCHEMAS = fileURLToPath(new URL("../../fixtures/schemas/", import.meta.url));
export const WRAPPER_SCHEMA: Record<ScormVersion, string> = {
  scorm12: path.join(SCHEMAS, "scorm12", "wrapper12.xsd"),
  scorm2004: path.join(SCHEMAS, "scorm2004", "wrapper2004.xsd"),
};
const SCHEMA_VERSION: Record<ScormVersion, string> = { scorm12: "1.2", scorm2004: "2004 4th Edition" };
const SCORM_TYPE_ATTRIBUTE: Record<ScormVersion, RegExp> = {
  scorm12: /\sadlcp:scormtype="(sco|asset)"/,
  scorm2004: /\sadlcp:scormType="(sco|asset)"/,
};

export function xmllint(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error)
    throw new Error(`xmllint is needed (Debian: apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Values of an XPath over the manifest (namespace-blind via local-name()). */
function xpathValues(manifestPath: string, expression: string): string[] {
  const { stdout } = xmllint(["--xpath", expression, manifestPath]);
  const attributes = [...stdout.matchAll(/\s?[\w:]+="([^"]*)"/g)].map((match) => match[1] ?? "");
  return attributes.length > 0 ? attributes : stdout.split("\n").filter((line) => line !== "");
}

const any = (name: string) => `*[local-name()='${name}']`;

function semanticProblems(
  manifestPath: string,
  manifest: string,
  entries: ReadonlySet<string>,
  version: ScormVersion,
) {
  const problems: string[] = [];
  const values = (expression: string) => xpathValues(manifestPath, expression);
  const schemaVersion = values(`string(//${any("metadata")}/${any("schemaversion")})`);
  if (schemaVersion.join("") !== SCHEMA_VERSION[version])
    problems.push(`schemaversion is "${schemaVersion.join("")}"`);
  const organizations = values(`//${any("organization")}/@identifier`);
  const defaults = values(`//${any("organizations")}/@default`);
  for (const id of defaults)
    if (!organizations.includes(id)) problems.push(`default organization ${id} does not exist`);
  const resources = values(`//${any("resource")}/@identifier`);
  if (new Set(resources).size !== resources.length) problems.push("resource identifiers are not unique");
  for (const ref of values(`//@identifierref`)) {
    if (!resources.includes(ref)) problems.push(`identifierref ${ref} does not resolve`);
  }
  const listed = new Set(values(`//${any("file")}/@href`));
  for (const href of [...listed, ...values(`//${any("resource")}/@href`)]) {
    if (!entries.has(href)) problems.push(`listed file ${href} is not in the zip`);
  }
  for (const entry of entries) {
    if (entry !== "imsmanifest.xml" && !listed.has(entry)) problems.push(`zip file ${entry} is not listed`);
  }
  for (const resource of manifest.match(/<resource\s[^>]*>/g) ?? []) {
    if (!SCORM_TYPE_ATTRIBUTE[version].test(resource))
      problems.push(`resource without the right scorm type: ${resource}`);
  }
  const location = /xsi:schemaLocation="([^"]*)"/.exec(manifest)?.[1]?.split(/\s+/) ?? [];
  for (const file of location.filter((_, index) => index % 2 === 1)) {
    if (!entries.has(file)) problems.push(`schema ${file} named in schemaLocation is not at the root`);
  }
  return problems;
}

export interface PackageReport {
  problems: string[];
  entries: Map<string, Uint8Array>;
  manifest: string;
  xsdOutput: string;
}

export async function checkPackage(zip: Uint8Array, version: ScormVersion): Promise<PackageReport> {
  const entries = readZip(zip);
  const problems: string[] = [];
  const names = [...entries.keys()];
  for (const name of names) {
    const problem = zipPathProblem(name);
    if (problem) problems.push(`zip entry ${name} has ${problem}`);
  }
  if (names.join("\n") !== [...names].sort().join("\n")) problems.push("zip entries are not sorted");
  const manifestBytes = entries.get("imsmanifest.xml");
  if (!manifestBytes)
    return {
      problems: [...problems, "no imsmanifest.xml at the root"],
      entries,
      manifest: "",
      xsdOutput: "",
    };
  const manifest = new TextDecoder().decode(manifestBytes);
  const dir = await mkdtemp(path.join(tmpdir(), "cm-manifest-"));
  try {
    const manifestPath = path.join(dir, "imsmanifest.xml");
    await writeFile(manifestPath, manifestBytes);
    const xsd = xmllint(["--noout", "--schema", WRAPPER_SCHEMA[version], manifestPath]);
    if (xsd.status !== 0) problems.push(`XSD validation failed (exit ${xsd.status}): ${xsd.stderr}`);
    problems.push(...semanticProblems(manifestPath, manifest, new Set(names), version));
    return { problems, entries, manifest, xsdOutput: xsd.stderr.trim() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
