import { createHash } from "node:crypto";
import type { HastContent, HastElement } from "../model/hast.ts";

/** Where a part of an XLIFF file starts (1-based), when it was read from one. */
export interface XliffPoint {
  line: number;
  column: number;
}

/**
 * The content of an XLIFF `<source>` or `<target>`: text, standalone placeholders (`<ph/>`: an image,
 * a line break, a variable's value) and paired ones (`<pc>…</pc>`: emphasis, a link, a glossary term)
 * that wrap translatable text. Attributes are what a translator's tool shows; ids tie them to markup.
 */
export type InlinePart =
  | string
  | { kind: "ph"; id: string; attributes: Record<string, string>; at?: XliffPoint }
  | { kind: "pc"; id: string; attributes: Record<string, string>; parts: InlinePart[]; at?: XliffPoint };

/** What a placeholder stands for: markup of the source, or a variable's value from course.md. */
export type Placeholder =
  | { kind: "ph" | "pc"; element: HastElement }
  | { kind: "ph"; variable: string; value: string };

/** A segment of the source as a translator sees it, and how its placeholders turn back into markup. */
export interface SourceSegment {
  parts: InlinePart[];
  placeholders: Map<string, Placeholder>;
  /** Changes when the wording or the markup changes, not when a link target or a variable's value does. */
  hash: string;
}

/** Elements that never hold text: a standalone placeholder. */
const VOID_TAGS = new Set(["img", "br", "input", "hr", "wbr"]);

/** XLIFF 2 `type` (and `subType`) of a placeholder for an element, as translators' tools expect. */
function placeholderAttributes(element: HastElement): Record<string, string> {
  const tag = element.tagName;
  const name = tag === "span" && "dataTerm" in element.properties ? "term" : tag;
  const type =
    tag === "a"
      ? "link"
      : tag === "img"
        ? "image"
        : ["em", "strong", "br", "del", "sup", "sub"].includes(tag)
          ? "fmt"
          : "other";
  const subType = tag === "strong" ? "xlf:b" : tag === "em" ? "xlf:i" : tag === "br" ? "xlf:lb" : undefined;
  const display: Record<string, string> = VOID_TAGS.has(tag)
    ? { disp: name }
    : { dispStart: name, dispEnd: `/${name}` };
  return { type, ...(subType ? { subType } : {}), ...display, canDelete: "no" };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A matcher for variable values standing as whole words in text (longest first), or undefined. */
function variableMatcher(variables: ReadonlyMap<string, string>): RegExp | undefined {
  const values = [...new Set(variables.values())].filter((value) => value.trim().length >= 2);
  if (values.length === 0) return undefined;
  const alternatives = values.sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * Hast inline content → XLIFF parts with numbered placeholders. Text equal to a variable's value
 * (`{{shop_name}}` was substituted when the course compiled) becomes a protected `<ph>`.
 */
export function toSourceSegment(
  nodes: readonly HastContent[],
  variables: ReadonlyMap<string, string>,
): SourceSegment {
  const placeholders = new Map<string, Placeholder>();
  const matcher = variableMatcher(variables);
  const names = new Map([...variables].map(([name, value]) => [value, name]));
  const nextId = () => String(placeholders.size + 1);
  const convertText = (value: string): InlinePart[] => {
    if (!matcher) return [value];
    const parts: InlinePart[] = [];
    let last = 0;
    for (const match of value.matchAll(matcher)) {
      if (match.index > last) parts.push(value.slice(last, match.index));
      const name = names.get(match[0]) ?? "";
      const id = nextId();
      placeholders.set(id, { kind: "ph", variable: name, value: match[0] });
      parts.push({
        kind: "ph",
        id,
        attributes: { type: "other", disp: `{{${name}}}`, equiv: match[0], canDelete: "no" },
      });
      last = match.index + match[0].length;
    }
    if (last < value.length) parts.push(value.slice(last));
    return parts;
  };
  const convert = (list: readonly HastContent[]): InlinePart[] =>
    list.flatMap((node): InlinePart[] => {
      if (node.type === "text") return convertText(node.value);
      const id = nextId();
      const attributes = placeholderAttributes(node);
      if (VOID_TAGS.has(node.tagName)) {
        placeholders.set(id, { kind: "ph", element: node });
        return [{ kind: "ph", id, attributes }];
      }
      placeholders.set(id, { kind: "pc", element: node });
      return [{ kind: "pc", id, attributes, parts: convert(node.children) }];
    });
  const parts = convert(nodes);
  return { parts, placeholders, hash: hashParts(parts) };
}

/** A plain string (a title, an alt text) as a segment without placeholders. */
export function plainSegment(text: string): SourceSegment {
  return { parts: [text], placeholders: new Map(), hash: hashParts([text]) };
}

function shape(parts: readonly InlinePart[]): unknown[] {
  return parts.map((part) =>
    typeof part === "string" ? part : part.kind === "ph" ? [part.id] : [part.id, shape(part.parts)],
  );
}

/** The first 16 hex digits of the SHA-256 of the segment's text and placeholder layout. */
export function hashParts(parts: readonly InlinePart[]): string {
  return createHash("sha256")
    .update(JSON.stringify(shape(parts)))
    .digest("hex")
    .slice(0, 16);
}

/** The text of parts without markup (to tell an empty target, and for plain strings). */
export function partsText(parts: readonly InlinePart[]): string {
  return parts
    .map((part) => (typeof part === "string" ? part : part.kind === "pc" ? partsText(part.parts) : ""))
    .join("");
}

/** Parts whose placeholders were checked against the source → hast, markup restored from the source. */
export function fromParts(
  parts: readonly InlinePart[],
  placeholders: ReadonlyMap<string, Placeholder>,
): HastContent[] {
  const nodes: HastContent[] = [];
  const pushText = (value: string) => {
    const last = nodes.at(-1);
    if (last?.type === "text") last.value += value;
    else if (value !== "") nodes.push({ type: "text", value });
  };
  for (const part of parts) {
    if (typeof part === "string") {
      pushText(part);
      continue;
    }
    const placeholder = placeholders.get(part.id);
    if (!placeholder) continue;
    if ("variable" in placeholder) pushText(placeholder.value);
    else if (part.kind === "pc")
      nodes.push({ ...placeholder.element, children: fromParts(part.parts, placeholders) });
    else nodes.push(placeholder.element);
  }
  return nodes;
}
