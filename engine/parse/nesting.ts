import type { Root } from "mdast";
import type { Node, Parent } from "unist";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { MAX_LINE_NESTING, MAX_NESTING_DEPTH } from "../source/limits.ts";

const QUOTE_OR_LIST_MARKERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]?)+/;
const DIRECTIVE_OPENING = /^[ \t>]*:{3,}[a-zA-Z]/;
const DIRECTIVE_CLOSING = /^[ \t>]*:{3,}[ \t]*$/;

function indentWidth(text: string): number {
  let width = 0;
  for (const character of text) width += character === "\t" ? 4 : character === " " ? 1 : 0;
  return width;
}

/**
 * Checks the raw text before parsing, so pathological nesting never reaches the parser (which
 * slows down quadratically with it): counts quote and list markers at the start of each line,
 * and `:::name` blocks still open (unclosed ones nest: `:::tip` a thousand times is a thousand levels).
 */
export function checkLineNesting(file: VFile): boolean {
  const lines = String(file.value).split("\n");
  let openDirectives = 0;
  for (const [index, line] of lines.entries()) {
    const markers = QUOTE_OR_LIST_MARKERS.exec(line)?.[0] ?? "";
    // Nested list items are indented at least two columns per level; a quarter of the width is a safe floor.
    const indentLevels = Math.floor(indentWidth(markers) / 4);
    const depth = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length + indentLevels;
    const colons = /^:{3,}/.exec(line)?.[0].length ?? 0;
    if (DIRECTIVE_OPENING.test(line)) openDirectives++;
    else if (DIRECTIVE_CLOSING.test(line)) openDirectives = Math.max(0, openDirectives - 1);
    const deepest = Math.max(depth, colons, openDirectives);
    if (deepest > MAX_LINE_NESTING) {
      report(
        file,
        "nesting-too-deep",
        `Unexpected nesting ${deepest} levels deep, expected at most ${MAX_LINE_NESTING}`,
        { line: index + 1, column: 1 },
      );
      return false;
    }
  }
  return true;
}

/** Checks the parsed tree's depth iteratively (no recursion, so no stack overflow on any input). */
export function checkTreeNesting(file: VFile, tree: Root): boolean {
  const stack: Array<[Node, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (depth > MAX_NESTING_DEPTH) {
      report(
        file,
        "nesting-too-deep",
        `Unexpected content nested ${depth} levels deep, expected at most ${MAX_NESTING_DEPTH}`,
        node.position,
      );
      return false;
    }
    for (const child of (node as Partial<Parent>).children ?? []) stack.push([child, depth + 1]);
  }
  return true;
}
