/**
 * imsmanifest.xml for SCORM 2004 4th edition (STANDARDS.md §2.1–2.4): IMS CP 1.1.4 in the default
 * namespace, camel-case `adlcp:scormType`, a single SCO with deliveryControls (content sets
 * completion and success) and no other sequencing; a scored package states its pass mark as the
 * primary objective's minNormalizedMeasure. IEEE LOM metadata carries the licence.
 */
import { formatDecimal } from "../../engine/tracking/cmi-formats.ts";
import { MANIFEST_IDS, type ManifestInput } from "../scorm-shared/manifest-input.ts";
import { escapeXml, schemaLocation } from "../scorm-shared/xml.ts";

export const NS2004 = {
  imscp: "http://www.imsglobal.org/xsd/imscp_v1p1",
  adlcp: "http://www.adlnet.org/xsd/adlcp_v1p3",
  imsss: "http://www.imsglobal.org/xsd/imsss",
  lom: "http://ltsc.ieee.org/xsd/LOM",
} as const;

/** Every schema named in xsi:schemaLocation and what it includes or imports, at the package root (§2.2). */
export const SCHEMA_FILES_2004 = [
  "adlcp_v1p3.xsd",
  "imscp_v1p1.xsd",
  "imsss_v1p0.xsd",
  "imsss_v1p0auxresource.xsd",
  "imsss_v1p0control.xsd",
  "imsss_v1p0delivery.xsd",
  "imsss_v1p0limit.xsd",
  "imsss_v1p0objective.xsd",
  "imsss_v1p0random.xsd",
  "imsss_v1p0rollup.xsd",
  "imsss_v1p0seqrule.xsd",
  "imsss_v1p0util.xsd",
  "xml.xsd",
] as const;

function lom(input: ManifestInput): string {
  const string = (text: string, lang = "x-none") =>
    `<string language="${escapeXml(lang)}">${escapeXml(text)}</string>`;
  const vocabulary = (element: string, value: string) =>
    `<${element}><source>LOMv1.0</source><value>${value}</value></${element}>`;
  return [
    `    <lom xmlns="${NS2004.lom}">`,
    `      <general><title>${string(input.title, input.lang)}</title><language>${escapeXml(input.lang)}</language></general>`,
    `      <rights>${vocabulary("cost", "no")}${vocabulary("copyrightAndOtherRestrictions", "yes")}<description>${string(input.licence)}</description></rights>`,
    "    </lom>",
  ].join("\n");
}

function sequencing(masteryScore: number | undefined): string[] {
  const objectives =
    masteryScore === undefined
      ? []
      : [
          "          <imsss:objectives>",
          '            <imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="true">',
          `              <imsss:minNormalizedMeasure>${formatDecimal(masteryScore / 100, 4)}</imsss:minNormalizedMeasure>`,
          "            </imsss:primaryObjective>",
          "          </imsss:objectives>",
        ];
  return [
    "        <imsss:sequencing>",
    ...objectives,
    '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
    "        </imsss:sequencing>",
  ];
}

const files = (paths: readonly string[]) => paths.map((path) => `      <file href="${escapeXml(path)}"/>`);

export function writeManifest2004(input: ManifestInput): string {
  const location = schemaLocation([
    [NS2004.imscp, "imscp_v1p1.xsd"],
    [NS2004.adlcp, "adlcp_v1p3.xsd"],
    [NS2004.imsss, "imsss_v1p0.xsd"],
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(input.identifier)}" version="${escapeXml(input.version)}" xmlns="${NS2004.imscp}" xmlns:adlcp="${NS2004.adlcp}" xmlns:imsss="${NS2004.imsss}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${location}">`,
    "  <metadata>",
    "    <schema>ADL SCORM</schema>",
    "    <schemaversion>2004 4th Edition</schemaversion>",
    lom(input),
    "  </metadata>",
    `  <organizations default="${MANIFEST_IDS.organization}">`,
    `    <organization identifier="${MANIFEST_IDS.organization}">`,
    `      <title>${escapeXml(input.title)}</title>`,
    `      <item identifier="${MANIFEST_IDS.item}" identifierref="${MANIFEST_IDS.sco}">`,
    `        <title>${escapeXml(input.title)}</title>`,
    ...sequencing(input.masteryScore),
    "      </item>",
    "    </organization>",
    "  </organizations>",
    "  <resources>",
    `    <resource identifier="${MANIFEST_IDS.sco}" type="webcontent" adlcp:scormType="sco" href="${escapeXml(input.launch)}">`,
    ...files(input.contentFiles),
    `      <dependency identifierref="${MANIFEST_IDS.schemas}"/>`,
    "    </resource>",
    `    <resource identifier="${MANIFEST_IDS.schemas}" type="webcontent" adlcp:scormType="asset">`,
    ...files(input.schemaFiles),
    "    </resource>",
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}
