/**
 * imsmanifest.xml for SCORM 1.2 (STANDARDS.md §1.1): IMS CP 1.1.2 in the default namespace, the
 * conventional `adlcp`/`imsmd` prefixes Moodle's prefix-based parser expects, lowercase
 * `adlcp:scormtype`, `adlcp:masteryscore` on a scored item, LOM metadata with the licence.
 */
import { MANIFEST_IDS, type ManifestInput } from "../scorm-shared/manifest-input.ts";
import { escapeXml, schemaLocation } from "../scorm-shared/xml.ts";

export const NS12 = {
  imscp: "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
  adlcp: "http://www.adlnet.org/xsd/adlcp_rootv1p2",
  imsmd: "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
} as const;

/** The four 1.2 schema files, shipped at the package root (§1.2). */
export const SCHEMA_FILES_12 = [
  "adlcp_rootv1p2.xsd",
  "ims_xml.xsd",
  "imscp_rootv1p1p2.xsd",
  "imsmd_rootv1p2p1.xsd",
] as const;

function langstring(text: string, lang = "x-none"): string {
  return `<imsmd:langstring xml:lang="${escapeXml(lang)}">${escapeXml(text)}</imsmd:langstring>`;
}

function vocabulary(element: string, value: string): string {
  return `<imsmd:${element}><imsmd:source>${langstring("LOMv1.0")}</imsmd:source><imsmd:value>${langstring(value)}</imsmd:value></imsmd:${element}>`;
}

function lom(input: ManifestInput): string {
  return [
    "    <imsmd:lom>",
    `      <imsmd:general><imsmd:title>${langstring(input.title, input.lang)}</imsmd:title><imsmd:language>${escapeXml(input.lang)}</imsmd:language></imsmd:general>`,
    `      <imsmd:rights>${vocabulary("cost", "no")}${vocabulary("copyrightandotherrestrictions", "yes")}<imsmd:description>${langstring(input.licence)}</imsmd:description></imsmd:rights>`,
    "    </imsmd:lom>",
  ].join("\n");
}

const files = (paths: readonly string[]) => paths.map((path) => `      <file href="${escapeXml(path)}"/>`);

export function writeManifest12(input: ManifestInput): string {
  const location = schemaLocation([
    [NS12.imscp, "imscp_rootv1p1p2.xsd"],
    [NS12.imsmd, "imsmd_rootv1p2p1.xsd"],
    [NS12.adlcp, "adlcp_rootv1p2.xsd"],
  ]);
  const mastery =
    input.masteryScore === undefined
      ? []
      : [`        <adlcp:masteryscore>${input.masteryScore}</adlcp:masteryscore>`];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(input.identifier)}" version="${escapeXml(input.version)}" xmlns="${NS12.imscp}" xmlns:adlcp="${NS12.adlcp}" xmlns:imsmd="${NS12.imsmd}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${location}">`,
    "  <metadata>",
    "    <schema>ADL SCORM</schema>",
    "    <schemaversion>1.2</schemaversion>",
    lom(input),
    "  </metadata>",
    `  <organizations default="${MANIFEST_IDS.organization}">`,
    `    <organization identifier="${MANIFEST_IDS.organization}">`,
    `      <title>${escapeXml(input.title)}</title>`,
    `      <item identifier="${MANIFEST_IDS.item}" identifierref="${MANIFEST_IDS.sco}" isvisible="true">`,
    `        <title>${escapeXml(input.title)}</title>`,
    ...mastery,
    "      </item>",
    "    </organization>",
    "  </organizations>",
    "  <resources>",
    `    <resource identifier="${MANIFEST_IDS.sco}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(input.launch)}">`,
    ...files(input.contentFiles),
    `      <dependency identifierref="${MANIFEST_IDS.schemas}"/>`,
    "    </resource>",
    `    <resource identifier="${MANIFEST_IDS.schemas}" type="webcontent" adlcp:scormtype="asset">`,
    ...files(input.schemaFiles),
    "    </resource>",
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}
