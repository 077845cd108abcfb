import type { Yaml } from "mdast";
import type { Point, Position } from "unist";
import { type Document, isCollection, isMap, isPair, isScalar, visit, type Node as YamlNode } from "yaml";
import { createOffsetLocator } from "./positions.ts";

/** Maps places inside a frontmatter block (key paths, YAML offsets) to file positions. */
export interface YamlLocator {
  /** The key of `path` (or the list item, for a numeric segment); the deepest that exists. */
  locate(path: ReadonlyArray<PropertyKey>): Position | undefined;
  /** Where a YAML syntax error really starts: an unclosed `[`, `{` or quote, else where YAML noticed it. */
  locateError(from: number, to: number): Position;
}

type Range = [number, number, number];

/** Flow collections and quoted scalars run on until closed, so YAML notices their errors late. */
function isOpenable(node: YamlNode): boolean {
  if (isCollection(node)) return node.flow === true;
  return isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
}

export function createYamlLocator(yaml: Yaml, document: Document): YamlLocator {
  // The YAML text starts on the line after the opening `---`.
  const toPoint: (offset: number) => Point = createOffsetLocator(yaml.value, {
    line: (yaml.position?.start.line ?? 1) + 1,
    column: 1,
  });
  const range = (node: unknown): Position | undefined => {
    const [from, , to] = ((node as YamlNode | null)?.range ?? []) as Partial<Range>;
    return from === undefined || to === undefined ? undefined : { start: toPoint(from), end: toPoint(to) };
  };
  return {
    locate(path) {
      let node: unknown = document.contents;
      let place = range(node);
      for (const segment of path) {
        const next = isMap(node)
          ? node.items.find((pair) => isScalar(pair.key) && pair.key.value === segment)
          : isCollection(node) && typeof segment === "number"
            ? node.items[segment]
            : undefined;
        if (next === undefined) break;
        place = range(isPair(next) ? next.key : next);
        node = isPair(next) ? next.value : next;
      }
      return place;
    },
    locateError(from, to) {
      let start = from;
      visit(document, {
        Node(_key, node) {
          const [nodeStart, , nodeEnd] = (node.range ?? []) as Partial<Range>;
          if (nodeStart === undefined || nodeEnd === undefined || !isOpenable(node)) return;
          if (nodeStart < from && from <= nodeEnd)
            start = Math.max(start === from ? nodeStart : start, nodeStart);
        },
      });
      return { start: toPoint(start), end: toPoint(to) };
    },
  };
}
