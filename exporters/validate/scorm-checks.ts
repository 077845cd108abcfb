/**
 * What XSD cannot say about a SCORM manifest (STANDARDS.md §1.1, §2.6, §6.8): references resolve,
 * identifiers are unique, listed files exist, the version text and the prefixes are the ones
 * Moodle's prefix-based parser recognises.
 */
import type { PackageRuleId } from "./package-rules.ts";
import { attributeByLocal, descendants, findAll, type XmlElement } from "./xml-tree.ts";

export type ScormVersion = "scorm12" | "scorm2004";

export interface Finding {
  ruleId: PackageRuleId;
  message: string;
  line: number;
  column: number;
}

const CP_NAMESPACE: Record<ScormVersion, string> = {
  scorm12: "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
  scorm2004: "http://www.imsglobal.org/xsd/imscp_v1p1",
};
const SCHEMA_VERSIONS: Record<ScormVersion, readonly string[]> = {
  scorm12: ["1.2"],
  scorm2004: ["2004 4th Edition", "2004 3rd Edition", "CAM 1.3"],
};
const SCORM_TYPE_ATTRIBUTE: Record<ScormVersion, string> = {
  scorm12: "adlcp:scormtype",
  scorm2004: "adlcp:scormType",
};
/** Namespace → the prefix Moodle's parser matches literally. */
const EXPECTED_PREFIXES: Record<string, string> = {
  "http://www.adlnet.org/xsd/adlcp_rootv1p2": "adlcp",
  "http://www.adlnet.org/xsd/adlcp_v1p3": "adlcp",
  "http://www.imsglobal.org/xsd/imsss": "imsss",
  "http://www.adlnet.org/xsd/adlseq_v1p3": "adlseq",
  "http://www.adlnet.org/xsd/adlnav_v1p3": "adlnav",
};

/** The SCORM version a manifest's root namespace declares, if any. */
export function scormVersionOf(root: XmlElement): ScormVersion | undefined {
  const namespace = root.attributes[root.prefix ? `xmlns:${root.prefix}` : "xmlns"];
  return (Object.keys(CP_NAMESPACE) as ScormVersion[]).find((version) => CP_NAMESPACE[version] === namespace);
}

function at(element: XmlElement, ruleId: PackageRuleId, message: string): Finding {
  return { ruleId, message, line: element.line, column: element.column };
}

function prefixFindings(root: XmlElement, version: ScormVersion): Finding[] {
  const findings: Finding[] = [];
  if (root.prefix !== "")
    findings.push(
      at(
        root,
        "unconventional-prefix",
        `Unexpected prefix "${root.prefix}:" on IMS CP elements, expected none`,
      ),
    );
  for (const [attribute, namespace] of Object.entries(root.attributes)) {
    const expected = EXPECTED_PREFIXES[namespace];
    const prefix = attribute.startsWith("xmlns:") ? attribute.slice(6) : "";
    if (expected && prefix !== expected)
      findings.push(
        at(
          root,
          "unconventional-prefix",
          `Unexpected prefix "${prefix}" for ${namespace}, expected "${expected}"`,
        ),
      );
  }
  const versionText = findAll(root, "schemaversion")[0];
  const text = versionText?.text.trim() ?? "";
  if (!SCHEMA_VERSIONS[version].includes(text))
    findings.push(
      at(
        versionText ?? root,
        "wrong-schema-version",
        `Unexpected schemaversion "${text}", expected "${SCHEMA_VERSIONS[version][0]}" for this namespace`,
      ),
    );
  return findings;
}

function referenceFindings(root: XmlElement): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, XmlElement>();
  for (const element of descendants(root)) {
    const id = element.attributes.identifier;
    if (id === undefined || !["organization", "item", "resource"].includes(element.local)) continue;
    if (seen.has(id))
      findings.push(at(element, "duplicate-identifier", `Unexpected second identifier "${id}"`));
    seen.set(id, element);
  }
  const organizations = new Set(
    findAll(root, "organization").map((element) => element.attributes.identifier),
  );
  const resources = new Set(findAll(root, "resource").map((element) => element.attributes.identifier));
  const references = [
    {
      elements: findAll(root, "organizations"),
      attribute: "default",
      known: organizations,
      what: "an organization",
    },
    { elements: descendants(root), attribute: "identifierref", known: resources, what: "a resource" },
  ];
  for (const { elements, attribute, known, what } of references) {
    for (const element of elements) {
      const id = element.attributes[attribute];
      if (id !== undefined && !known.has(id))
        findings.push(
          at(element, "unresolved-reference", `Unexpected ${attribute} "${id}", expected ${what} identifier`),
        );
    }
  }
  return findings;
}

/** A manifest href → the zip entry it names (xml:base applied, query and fragment dropped). */
function entryName(href: string, base = ""): string {
  const path = `${base}${href}`.split(/[?#]/)[0] ?? "";
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function fileFindings(root: XmlElement, entries: ReadonlySet<string>, version: ScormVersion): Finding[] {
  const findings: Finding[] = [];
  const listed = new Set<string>();
  for (const resource of findAll(root, "resource")) {
    const scormType = attributeByLocal(resource, "scormtype");
    if (scormType?.name !== SCORM_TYPE_ATTRIBUTE[version])
      findings.push(
        at(
          resource,
          "wrong-scorm-type",
          `Unexpected ${scormType ? scormType.name : "no SCORM type"}, expected ${SCORM_TYPE_ATTRIBUTE[version]}`,
        ),
      );
    const base = resource.attributes["xml:base"] ?? "";
    const hrefs = [resource, ...findAll(resource, "file")].filter(
      (element) => element.attributes.href !== undefined,
    );
    for (const element of hrefs) {
      const name = entryName(element.attributes.href ?? "", base);
      listed.add(name);
      if (!entries.has(name))
        findings.push(at(element, "missing-file", `Unexpected href "${name}": no such file in the zip`));
    }
  }
  const schemaLocation = attributeByLocal(root, "schemalocation")?.value.trim().split(/\s+/) ?? [];
  const schemaFiles = schemaLocation.filter((_, index) => index % 2 === 1);
  for (const file of schemaFiles) {
    if (!entries.has(file))
      findings.push(
        at(root, "missing-schema-file", `Unexpected schemaLocation "${file}": no such file at the root`),
      );
  }
  const listsFiles = findAll(root, "file").length > 0;
  const resources = findAll(root, "resources")[0] ?? root;
  for (const entry of listsFiles ? entries : []) {
    if (
      entry !== "imsmanifest.xml" &&
      !listed.has(entry) &&
      !schemaFiles.includes(entry) &&
      !entry.endsWith("/")
    )
      findings.push(
        at(resources, "unlisted-file", `Unexpected file "${entry}" in the zip, not listed in any resource`),
      );
  }
  return findings;
}

/** Every semantic problem of a parsed SCORM manifest, given the zip's entry names. */
export function checkScormManifest(
  root: XmlElement,
  entries: ReadonlySet<string>,
  version: ScormVersion,
): Finding[] {
  return [
    ...prefixFindings(root, version),
    ...referenceFindings(root),
    ...fileFindings(root, entries, version),
  ];
}
