/**
 * imsmanifest.xml facts for SCORM 1.2 (STANDARDS.md §1.1): IMS CP 1.1.2 in the default namespace, the
 * conventional `adlcp`/`imsmd` prefixes Moodle's prefix-based parser expects, lowercase
 * `adlcp:scormtype`, `adlcp:masteryscore` on a scored item, IMS MD LOM metadata with the licence.
 */
import type { ManifestDialect } from "../scorm-shared/manifest.ts";

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

export const MANIFEST_12: ManifestDialect = {
  schemaVersion: "1.2",
  namespaces: [
    ["", NS12.imscp],
    ["adlcp", NS12.adlcp],
    ["imsmd", NS12.imsmd],
  ],
  schemaLocation: [
    [NS12.imscp, "imscp_rootv1p1p2.xsd"],
    [NS12.imsmd, "imsmd_rootv1p2p1.xsd"],
    [NS12.adlcp, "adlcp_rootv1p2.xsd"],
  ],
  scormTypeAttribute: "adlcp:scormtype",
  itemAttributes: ' isvisible="true"',
  lom: {
    prefix: "imsmd:",
    rootAttributes: "",
    text: { element: "langstring", langAttribute: "xml:lang" },
    vocabularyAsText: true,
    copyrightElement: "copyrightandotherrestrictions",
  },
  itemChildren: (masteryScore) =>
    masteryScore === undefined ? [] : [`        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`],
};
