/** What a manifest writer needs to describe one single-SCO package. */
export interface ManifestInput {
  /** Unique, an XML NCName: `coursemark.<course>.<part>`. */
  identifier: string;
  version: string;
  title: string;
  lang: string;
  /** SPDX id, put in the metadata's rights description. */
  licence: string;
  /** Pass mark 0–100 for a package that reports a score. */
  masteryScore: number | undefined;
  /** The SCO's launch file. */
  launch: string;
  /** Every file of the SCO (the launch file included), sorted. */
  contentFiles: readonly string[];
  /** The schema files at the package root, listed by a shared asset resource the SCO depends on. */
  schemaFiles: readonly string[];
}

/** Identifiers inside one manifest (xsd:ID tokens, STANDARDS.md pitfall 1.4.8). */
export const MANIFEST_IDS = {
  organization: "ORG",
  item: "ITEM",
  sco: "RES_SCO",
  schemas: "RES_SCHEMAS",
} as const;

/** `sample--getting_started` → `coursemark.sample.getting_started`: an NCName, unique per package. */
export function manifestIdentifier(partName: string): string {
  return `coursemark.${partName.replaceAll("--", ".")}`;
}
