/**
 * What XSD cannot say about TinCan and cmi5 packages (STANDARDS.md §3.1, §3.2, §8): one launchable
 * TinCan activity, absolute and unique activity IRIs, AU urls that point into the package.
 */
import type { Finding } from "./scorm-checks.ts";
import { findAll, type XmlElement } from "./xml-tree.ts";

export const TINCAN_NAMESPACE = "http://projecttincan.com/tincan.xsd";
/** Launch parameters the LMS adds; an AU url must not carry them (cmi5 LTS 204). */
const RESERVED_LAUNCH_PARAMETERS = ["endpoint", "fetch", "actor", "registration", "activityId"];

export function isAbsoluteIri(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/.test(value);
}

function at(element: XmlElement, ruleId: Finding["ruleId"], message: string): Finding {
  return { ruleId, message, line: element.line, column: element.column };
}

function idFindings(elements: XmlElement[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    const id = element.attributes.id ?? "";
    if (!isAbsoluteIri(id))
      findings.push(at(element, "not-absolute-iri", `Unexpected id "${id}", expected an absolute IRI`));
    else if (seen.has(id)) findings.push(at(element, "duplicate-identifier", `Unexpected second id "${id}"`));
    seen.add(id);
  }
  return findings;
}

/** The zip entry a relative launch URL opens, or undefined when the URL is absolute. */
function launchedEntry(url: string): string | undefined {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith("/")) return undefined;
  return decodeURIComponent(url.split(/[?#]/)[0] ?? "");
}

export function checkTincan(root: XmlElement, entries: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  if (root.local !== "tincan" || root.attributes.xmlns !== TINCAN_NAMESPACE)
    findings.push(
      at(
        root,
        "schema-invalid",
        `Unexpected root <${root.name}>, expected <tincan xmlns="${TINCAN_NAMESPACE}">`,
      ),
    );
  const activities = findAll(root, "activity");
  findings.push(...idFindings(activities));
  const launches = findAll(root, "launch");
  if (launches.length !== 1)
    findings.push(
      at(root, "launch-count", `Unexpected ${launches.length} activities with <launch>, expected 1`),
    );
  for (const launch of launches) {
    const entry = launchedEntry(launch.text.trim());
    if (entry === undefined)
      findings.push(at(launch, "bad-au-url", `Unexpected absolute launch "${launch.text.trim()}"`));
    else if (!entries.has(entry))
      findings.push(at(launch, "missing-file", `Unexpected launch "${entry}": no such file in the zip`));
  }
  return findings;
}

export function checkCmi5(root: XmlElement, entries: ReadonlySet<string>): Finding[] {
  const findings = idFindings([
    ...findAll(root, "course"),
    ...findAll(root, "block"),
    ...findAll(root, "au"),
  ]);
  for (const url of findAll(root, "url")) {
    const text = url.text.trim();
    const entry = launchedEntry(text);
    const query = new URLSearchParams(text.split("?")[1]?.split("#")[0] ?? "");
    const reserved = RESERVED_LAUNCH_PARAMETERS.filter((name) => query.has(name));
    if (reserved.length > 0)
      findings.push(
        at(url, "bad-au-url", `Unexpected ${reserved.join(", ")} in the AU url, the LMS adds them`),
      );
    if (entry !== undefined && !entries.has(entry))
      findings.push(at(url, "missing-file", `Unexpected url "${entry}": no such file in the zip`));
  }
  return findings;
}
