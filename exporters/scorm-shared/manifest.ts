/**
 * imsmanifest.xml for one single-SCO package, the skeleton SCORM 1.2 and 2004 share: metadata with
 * LOM carrying the licence, one organization with one item, the SCO resource and the schema asset
 * resource it depends on. What differs between the versions is a ManifestDialect, stated once in
 * scorm12/manifest.ts and scorm2004/manifest.ts.
 */
import { MANIFEST_IDS, type ManifestInput } from "./manifest-input.ts";
import { escapeXml, schemaLocation } from "./xml.ts";

/** How a version writes LOM metadata: IMS MD 1.2.1 (1.2, STANDARDS.md §1.1) or IEEE LOM (2004, §2.1). */
export interface LomDialect {
  /** Element prefix (`imsmd:`), or "" when the LOM namespace is the default on `<lom>`. */
  prefix: string;
  /** Attributes of `<lom>` itself (the default namespace declaration in 2004). */
  rootAttributes: string;
  /** The language-tagged text element and its language attribute. */
  text: { element: string; langAttribute: string };
  /** LOMv1.0 vocabulary source/value as language-tagged text (1.2) or as plain tokens (2004). */
  vocabularyAsText: boolean;
  /** The rights vocabulary element, spelled per binding. */
  copyrightElement: string;
}

export interface ManifestDialect {
  /** `<schemaversion>` (§1.1, §2.1). */
  schemaVersion: string;
  /** Namespace declarations on `<manifest>` in order; prefix "" is the default (IMS CP) namespace. */
  namespaces: ReadonlyArray<readonly [prefix: string, uri: string]>;
  /** `xsi:schemaLocation` namespace / file pairs. */
  schemaLocation: ReadonlyArray<readonly [namespace: string, file: string]>;
  /** `adlcp:scormtype` (1.2) or `adlcp:scormType` (2004). */
  scormTypeAttribute: string;
  /** Attributes of the item after identifierref (1.2's `isvisible`). */
  itemAttributes: string;
  lom: LomDialect;
  /** The item's children after its title: a mastery score (1.2) or sequencing (2004). */
  itemChildren(masteryScore: number | undefined): string[];
}

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function lom(dialect: LomDialect, input: ManifestInput): string {
  const { prefix, text: textElement } = dialect;
  const element = (name: string, content: string) => `<${prefix}${name}>${content}</${prefix}${name}>`;
  const text = (value: string, lang = "x-none") =>
    `<${prefix}${textElement.element} ${textElement.langAttribute}="${escapeXml(lang)}">${escapeXml(value)}</${prefix}${textElement.element}>`;
  const token = (value: string) => (dialect.vocabularyAsText ? text(value) : escapeXml(value));
  const vocabulary = (name: string, value: string) =>
    element(name, element("source", token("LOMv1.0")) + element("value", token(value)));
  const general =
    element("title", text(input.title, input.lang)) + element("language", escapeXml(input.lang));
  const rights =
    vocabulary("cost", "no") +
    vocabulary(dialect.copyrightElement, "yes") +
    element("description", text(input.licence));
  return [
    `    <${prefix}lom${dialect.rootAttributes}>`,
    `      ${element("general", general)}`,
    `      ${element("rights", rights)}`,
    `    </${prefix}lom>`,
  ].join("\n");
}

const files = (paths: readonly string[]) => paths.map((path) => `      <file href="${escapeXml(path)}"/>`);

export function writeManifest(dialect: ManifestDialect, input: ManifestInput): string {
  const namespaces = dialect.namespaces
    .map(([prefix, uri]) => ` xmlns${prefix ? `:${prefix}` : ""}="${uri}"`)
    .join("");
  const scormType = dialect.scormTypeAttribute;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(input.identifier)}" version="${escapeXml(input.version)}"${namespaces} xmlns:xsi="${XSI}" xsi:schemaLocation="${schemaLocation(dialect.schemaLocation)}">`,
    "  <metadata>",
    "    <schema>ADL SCORM</schema>",
    `    <schemaversion>${dialect.schemaVersion}</schemaversion>`,
    lom(dialect.lom, input),
    "  </metadata>",
    `  <organizations default="${MANIFEST_IDS.organization}">`,
    `    <organization identifier="${MANIFEST_IDS.organization}">`,
    `      <title>${escapeXml(input.title)}</title>`,
    `      <item identifier="${MANIFEST_IDS.item}" identifierref="${MANIFEST_IDS.sco}"${dialect.itemAttributes}>`,
    `        <title>${escapeXml(input.title)}</title>`,
    ...dialect.itemChildren(input.masteryScore),
    "      </item>",
    "    </organization>",
    "  </organizations>",
    "  <resources>",
    `    <resource identifier="${MANIFEST_IDS.sco}" type="webcontent" ${scormType}="sco" href="${escapeXml(input.launch)}">`,
    ...files(input.contentFiles),
    `      <dependency identifierref="${MANIFEST_IDS.schemas}"/>`,
    "    </resource>",
    `    <resource identifier="${MANIFEST_IDS.schemas}" type="webcontent" ${scormType}="asset">`,
    ...files(input.schemaFiles),
    "    </resource>",
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}
