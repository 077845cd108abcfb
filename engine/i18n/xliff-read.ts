import { SaxesParser } from "saxes";
import type { InlinePart, XliffPoint } from "./inline.ts";

/** One `<unit>` as read, with where its parts start so problems are located in the file. */
export interface ReadUnit {
  id: string;
  /** The `cm:hash` attribute (any prefix): the source hash the target was made from. */
  hash: string | undefined;
  at: XliffPoint;
  /** The targets of its segments joined; undefined when no segment has a `<target>`. */
  target: InlinePart[] | undefined;
  targetAt: XliffPoint | undefined;
  /** Inline elements other than `<ph>`, `<pc>` and `<mrk>` (whose text is kept), in targets. */
  unsupported: Array<{ name: string; at: XliffPoint }>;
}

export interface ReadXliff {
  version: string;
  srcLang: string | undefined;
  trgLang: string | undefined;
  /** Where `<file>` starts: missing units are reported there. */
  fileAt: XliffPoint;
  units: ReadUnit[];
}

export type ReadResult = { document: ReadXliff } | { error: string; at: XliffPoint };

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** A start tag as read with `xmlns: false`: attributes by qualified name. */
interface Tag {
  name: string;
  attributes: Record<string, string>;
}

function attribute(tag: Tag, local: string): string | undefined {
  const entry = Object.entries(tag.attributes).find(([name]) => localName(name) === local);
  return entry?.[1];
}

/**
 * Reads an XLIFF 2 file with positions (saxes, already used for package XML). Text is kept exactly,
 * whitespace between placeholders included; `<source>` is not read back, the course is the source.
 */
export function readXliff(text: string): ReadResult {
  const parser = new SaxesParser({ position: true });
  let root: Tag | undefined;
  let fileAt: XliffPoint = { line: 1, column: 1 };
  const units: ReadUnit[] = [];
  let unit: ReadUnit | undefined;
  /** Open containers of target content: the target itself, then each open `<pc>` (or a transparent `<mrk>`). */
  const stack: InlinePart[][] = [];
  const opened: string[] = [];
  let tagAt: XliffPoint = { line: 1, column: 1 };
  let failure: { error: string; at: XliffPoint } | undefined;

  parser.on("opentagstart", (tag) => {
    tagAt = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on("opentag", (saxesTag) => {
    const tag: Tag = {
      name: saxesTag.name,
      attributes: { ...(saxesTag.attributes as Record<string, string>) },
    };
    const name = localName(tag.name);
    opened.push(name);
    const container = stack.at(-1);
    if (container && unit) {
      const id = attribute(tag, "id") ?? "";
      const attributes = Object.fromEntries(Object.entries(tag.attributes).filter(([key]) => key !== "id"));
      if (name === "ph") container.push({ kind: "ph", id, attributes, at: tagAt });
      else if (name === "pc") {
        const parts: InlinePart[] = [];
        container.push({ kind: "pc", id, attributes, parts, at: tagAt });
        stack.push(parts);
        return;
      } else if (name !== "mrk") unit.unsupported.push({ name: tag.name, at: tagAt });
      stack.push(container);
      return;
    }
    if (!root) root = tag;
    else if (name === "file") fileAt = tagAt;
    else if (name === "unit") {
      unit = {
        id: attribute(tag, "id") ?? "",
        hash: attribute(tag, "hash"),
        at: tagAt,
        target: undefined,
        targetAt: undefined,
        unsupported: [],
      };
      units.push(unit);
    } else if (name === "target" && unit) {
      unit.target ??= [];
      unit.targetAt ??= tagAt;
      stack.push(unit.target);
    }
  });
  parser.on("text", (value) => stack.at(-1)?.push(value));
  parser.on("cdata", (value) => stack.at(-1)?.push(value));
  parser.on("closetag", () => {
    const name = opened.pop();
    if (stack.length > 0) stack.pop();
    if (name === "unit") unit = undefined;
  });
  parser.on("error", (error) => {
    failure ??= {
      error: error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "").replace(/\.$/, ""),
      at: { line: parser.line, column: Math.max(1, parser.column) },
    };
  });
  parser.write(text).close();
  if (failure) return failure;
  if (!root || localName(root.name) !== "xliff") {
    return { error: "the root element is not <xliff>", at: { line: 1, column: 1 } };
  }
  return {
    document: {
      version: attribute(root, "version") ?? "",
      srcLang: attribute(root, "srcLang"),
      trgLang: attribute(root, "trgLang"),
      fileAt,
      units,
    },
  };
}
