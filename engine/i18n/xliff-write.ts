import type { InlinePart } from "./inline.ts";

/** XLIFF 2.0 core and Coursemark's own namespace (the source hash on each unit). */
export const XLIFF_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const COURSEMARK_NAMESPACE = "urn:coursemark:xliff:1";

export interface XliffUnit {
  id: string;
  /** The hash of the source the target translates (inline.ts `hashParts`). */
  hash: string;
  source: InlinePart[];
  target?: InlinePart[] | undefined;
  notes?: string[];
}

export interface XliffDocument {
  srcLang: string;
  trgLang: string;
  /** The `<file>` id: the course id. */
  fileId: string;
  /** Notes on the whole file (who made it, its review status). */
  notes: string[];
  units: XliffUnit[];
}

function escapeText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', "&quot;").replaceAll("\n", "&#10;").replaceAll("\t", "&#9;");
}

function attributes(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
}

/** Inline content exactly as given: mixed content is never indented, so no whitespace is added. */
export function writeInline(parts: readonly InlinePart[]): string {
  return parts
    .map((part) => {
      if (typeof part === "string") return escapeText(part);
      const attrs = attributes({ id: part.id, ...part.attributes });
      return part.kind === "ph" ? `<ph${attrs}/>` : `<pc${attrs}>${writeInline(part.parts)}</pc>`;
    })
    .join("");
}

function writeNotes(notes: readonly string[], indent: string): string[] {
  if (notes.length === 0) return [];
  return [
    `${indent}<notes>`,
    ...notes.map((note) => `${indent}  <note>${escapeText(note)}</note>`),
    `${indent}</notes>`,
  ];
}

function writeUnit(unit: XliffUnit): string[] {
  const state = unit.target === undefined ? "initial" : "translated";
  return [
    `    <unit${attributes({ id: unit.id, "cm:hash": unit.hash })}>`,
    ...writeNotes(unit.notes ?? [], "      "),
    `      <segment state="${state}">`,
    `        <source>${writeInline(unit.source)}</source>`,
    ...(unit.target === undefined ? [] : [`        <target>${writeInline(unit.target)}</target>`]),
    "      </segment>",
    "    </unit>",
  ];
}

/**
 * An XLIFF 2.0 document, one unit per line group so a translator's diff stays readable. Written by
 * hand rather than with an XLIFF library: the one maintained for XLIFF 2 on npm (`xliff`, via
 * xml-js) indents inside mixed content, leaves `&`/`<` unescaped in attributes and drops
 * whitespace-only text between placeholders when reading, each of which changes a translation.
 */
export function writeXliff(document: XliffDocument): string {
  const root = attributes({
    xmlns: XLIFF_NAMESPACE,
    "xmlns:cm": COURSEMARK_NAMESPACE,
    version: "2.0",
    srcLang: document.srcLang,
    trgLang: document.trgLang,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff${root}>`,
    `  <file${attributes({ id: document.fileId })}>`,
    ...writeNotes(document.notes, "    "),
    ...document.units.flatMap(writeUnit),
    "  </file>",
    "</xliff>",
    "",
  ].join("\n");
}
