/**
 * What `coursemark validate` can report about a package (any tool's, not only ours), stated once.
 * Sources: STANDARDS.md §1.1, §2.6 (ADL's package checker), §3.1, §3.2, §6.8 (Moodle).
 */
import type { Rule } from "../../engine/diagnostics/catalogue.ts";

export const packageRules = {
  "unreadable-zip": {
    title: "Not a zip file",
    severity: "error",
    hint: "Export the package again; an LMS imports only zip files.",
  },
  "unknown-package": {
    title: "Not a SCORM, TinCan or cmi5 package",
    severity: "error",
    hint: "Put imsmanifest.xml (SCORM), tincan.xml (TinCan) or cmi5.xml (cmi5) at the root of the zip.",
  },
  "manifest-not-at-root": {
    title: "Manifest inside a folder",
    severity: "error",
    hint: "Zip the contents of the folder, not the folder: Moodle rejects a manifest that is not at the root (badimsmanifestlocation).",
  },
  "bad-zip-path": {
    title: "Zip entry name an LMS cannot use",
    severity: "error",
    hint: "Use relative paths with `/` separators and printable ASCII names without spaces (the Moodle app fails on backslashes).",
  },
  "malformed-xml": {
    title: "Malformed XML",
    severity: "error",
    hint: "Fix the XML at this line; every element must be closed and attributes quoted.",
  },
  "schema-invalid": {
    title: "Not valid against the official XML Schema",
    severity: "error",
    hint: "Change the element or attribute so the file follows the standard's XSD (ADL and IMS for SCORM, the cmi5 CourseStructure.xsd).",
  },
  "wrong-schema-version": {
    title: "Unexpected schemaversion",
    severity: "error",
    hint: "Use `1.2` for SCORM 1.2 or `2004 4th Edition` for SCORM 2004; Moodle picks the version from this text alone.",
  },
  "unresolved-reference": {
    title: "Reference to an identifier that does not exist",
    severity: "error",
    hint: "Point organizations/@default at an organization and every identifierref at a resource identifier.",
  },
  "duplicate-identifier": {
    title: "Identifier used twice",
    severity: "error",
    hint: "Give every organization, item and resource its own identifier.",
  },
  "missing-file": {
    title: "Listed file missing from the zip",
    severity: "error",
    hint: "Add the file to the package, or remove it from the manifest.",
  },
  "wrong-scorm-type": {
    title: "Missing or misspelt SCORM type",
    severity: "error",
    hint: 'Write adlcp:scormtype="sco" (SCORM 1.2, lowercase) or adlcp:scormType="sco" (SCORM 2004) on every resource.',
  },
  "unconventional-prefix": {
    title: "Namespace prefix Moodle does not recognise",
    severity: "error",
    hint: "Moodle matches prefixes, not namespaces: use adlcp:, imsss:, adlseq:, adlnav: and no prefix for IMS CP elements.",
  },
  "missing-schema-file": {
    title: "XSD named in schemaLocation missing",
    severity: "warning",
    hint: "Put every XSD that xsi:schemaLocation names at the root of the zip.",
  },
  "unlisted-file": {
    title: "File in the zip not listed in the manifest",
    severity: "warning",
    hint: "List the file in its resource, or leave it out of the package (ADL's checker calls this excess baggage).",
  },
  "launch-count": {
    title: "Not exactly one launchable activity",
    severity: "error",
    hint: "Give exactly one activity in tincan.xml a <launch> element; the others describe parts of it.",
  },
  "not-absolute-iri": {
    title: "Activity id is not an absolute IRI",
    severity: "error",
    hint: "Use an absolute IRI such as https://example.org/courses/x/module for every course, block and AU id.",
  },
  "bad-au-url": {
    title: "AU url an LMS cannot launch",
    severity: "error",
    hint: "Use a relative URL to a file in the package, without endpoint, fetch, actor, registration or activityId in its query.",
  },
} as const satisfies Record<string, Rule>;

export type PackageRuleId = keyof typeof packageRules;
