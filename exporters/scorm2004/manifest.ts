/**
 * imsmanifest.xml facts for SCORM 2004 4th edition (STANDARDS.md §2.1–2.4): IMS CP 1.1.4 in the
 * default namespace, camel-case `adlcp:scormType`, a single SCO with deliveryControls (content sets
 * completion and success) and no other sequencing; a scored package states its pass mark as the
 * primary objective's minNormalizedMeasure. IEEE LOM metadata carries the licence.
 */
import { formatDecimal } from "../../engine/tracking/cmi-formats.ts";
import type { ManifestDialect } from "../scorm-shared/manifest.ts";

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

export const MANIFEST_2004: ManifestDialect = {
  schemaVersion: "2004 4th Edition",
  namespaces: [
    ["", NS2004.imscp],
    ["adlcp", NS2004.adlcp],
    ["imsss", NS2004.imsss],
  ],
  schemaLocation: [
    [NS2004.imscp, "imscp_v1p1.xsd"],
    [NS2004.adlcp, "adlcp_v1p3.xsd"],
    [NS2004.imsss, "imsss_v1p0.xsd"],
  ],
  scormTypeAttribute: "adlcp:scormType",
  itemAttributes: "",
  lom: {
    prefix: "",
    rootAttributes: ` xmlns="${NS2004.lom}"`,
    text: { element: "string", langAttribute: "language" },
    vocabularyAsText: false,
    copyrightElement: "copyrightAndOtherRestrictions",
  },
  itemChildren: sequencing,
};
