import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

/**
 * XSD validation with libxml2 as WebAssembly (xmllint-wasm): the official schemas in schemas/xsd/,
 * through wrapper schemas that import every namespace a manifest uses (xmllint ignores
 * xsi:schemaLocation). libxml2 2.13 cannot compile IMS MD 1.2 or ims_xml.xsd, so SCORM 1.2 uses
 * a lax stand-in for <lom> (imsmd_lax.xsd) and W3C's xml.xsd in place of ims_xml.xsd.
 */
const XSD_DIR = fileURLToPath(new URL("../../schemas/xsd/", import.meta.url));

export type SchemaSet = "scorm12" | "scorm2004" | "cmi5";

const ENTRY_SCHEMA: Record<SchemaSet, string> = {
  scorm12: "wrapper12lax.xsd",
  scorm2004: "wrapper2004.xsd",
  cmi5: "CourseStructure.xsd",
};
/** Files replaced for libxml2 2.13: name → the file to load in its place. */
const SUBSTITUTES: Partial<Record<SchemaSet, Record<string, string>>> = {
  scorm12: { "ims_xml.xsd": "scorm2004/xml.xsd" },
};

export interface SchemaProblem {
  line: number;
  message: string;
}

function schemaFiles(set: SchemaSet): { fileName: string; contents: string }[] {
  const substitutes = SUBSTITUTES[set] ?? {};
  return readdirSync(`${XSD_DIR}${set}`)
    .filter((name) => name.endsWith(".xsd") && name !== ENTRY_SCHEMA[set])
    .map((fileName) => ({
      fileName,
      contents: readFileSync(`${XSD_DIR}${substitutes[fileName] ?? `${set}/${fileName}`}`, "utf8"),
    }));
}

/** Validates one document; returns its problems with line numbers (empty when valid). */
export async function validateAgainstSchema(
  fileName: string,
  contents: string,
  set: SchemaSet,
): Promise<SchemaProblem[]> {
  const entry = ENTRY_SCHEMA[set];
  const result = await validateXML({
    xml: [{ fileName, contents }],
    schema: [{ fileName: entry, contents: readFileSync(`${XSD_DIR}${set}/${entry}`, "utf8") }],
    preload: schemaFiles(set),
  });
  return result.errors
    .filter((error) => error.loc?.fileName === fileName && Number.isInteger(error.loc.lineNumber))
    .map((error) => ({
      line: error.loc?.lineNumber ?? 1,
      message: error.message.replace(/^Schemas validity error : /, ""),
    }));
}
