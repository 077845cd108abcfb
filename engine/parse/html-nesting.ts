import type { Nodes, Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { createOffsetLocator } from "../model/positions.ts";
import { MAX_HTML_NESTING } from "../source/limits.ts";
import { STOP_WALK, walkTree } from "./walk-tree.ts";

/** Elements without content or end tag: they never open a level. */
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/**
 * Estimates how deep the raw HTML of some content nests, from its tags alone, before any HTML
 * parser sees it: hast's parser and sanitizer recurse per level, so thousands of unclosed `<div>`s
 * would overflow the stack. Counts across all HTML nodes in order, since inline tags
 * (`a <span> b <span>`) nest across nodes. Returns false after reporting the first tag too deep.
 */
export function checkHtmlNesting(file: VFile, tree: Root): boolean {
  let depth = 0;
  let withinLimit = true;
  walkTree<Nodes>(tree, (node) => {
    if (node.type !== "html") return undefined;
    for (const match of node.value.matchAll(TAG)) {
      const [, closing, name = "", selfClosing] = match;
      if (closing) depth = Math.max(0, depth - 1);
      else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) depth++;
      if (depth <= MAX_HTML_NESTING) continue;
      const toPoint = createOffsetLocator(node.value, node.position?.start ?? { line: 1, column: 1 });
      report(
        file,
        "nesting-too-deep",
        `Unexpected HTML nested ${depth} elements deep, expected at most ${MAX_HTML_NESTING}`,
        toPoint(match.index),
      );
      withinLimit = false;
      return STOP_WALK;
    }
    return undefined;
  });
  return withinLimit;
}
