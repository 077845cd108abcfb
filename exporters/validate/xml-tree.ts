import { SaxesParser } from "saxes";

/** An XML element with where it starts: enough for located, namespace-aware checks. */
export interface XmlElement {
  /** The qualified name as written (`adlcp:location`). */
  name: string;
  /** The name without its prefix. */
  local: string;
  prefix: string;
  /** Attributes by qualified name, as written. */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

export type XmlParseResult =
  | { root: XmlElement }
  | { error: { message: string; line: number; column: number } };

/** Parses a document into elements with positions (1-based line and column of each start tag). */
export function parseXml(text: string): XmlParseResult {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let tagStart = { line: 1, column: 1 };
  let failure: { message: string; line: number; column: number } | undefined;
  parser.on("opentagstart", (tag) => {
    // saxes reports the position after `<name`; the column of `<` is what an editor shows.
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on("opentag", (tag) => {
    const [prefix, local] = tag.name.includes(":") ? tag.name.split(":", 2) : ["", tag.name];
    const element: XmlElement = {
      name: tag.name,
      local: local ?? tag.name,
      prefix: prefix ?? "",
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: "",
      ...tagStart,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    failure ??= {
      message: error.message.replace(/^[^:]*:\d+:\d+: /, ""),
      line: parser.line,
      column: parser.column,
    };
  });
  parser.write(text).close();
  if (failure) return { error: failure };
  if (!root) return { error: { message: "the document has no root element", line: 1, column: 1 } };
  return { root };
}

/** Every element under (and including) `element`, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** Elements by local name, whatever their prefix. */
export function findAll(element: XmlElement, local: string): XmlElement[] {
  return descendants(element).filter((candidate) => candidate.local === local);
}

/** An attribute by its local name (`scormtype` finds `adlcp:scormtype`), with the name as written. */
export function attributeByLocal(
  element: XmlElement,
  local: string,
): { name: string; value: string } | undefined {
  const name = Object.keys(element.attributes).find((key) => key.split(":").at(-1)?.toLowerCase() === local);
  return name === undefined ? undefined : { name, value: element.attributes[name] ?? "" };
}
