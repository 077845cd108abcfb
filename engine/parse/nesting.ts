import type { Root } from "mdast";
import type { Node, Parent } from "unist";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { MAX_LINE_NESTING, MAX_NESTING_DEPTH } from "../source/limits.ts";

const QUOTE_OR_LIST_MARKERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]?)+/;

/**
 * Checks the raw text before parsing, so pathological nesting never reaches the parser:
 * counts quote and list markers at the start of each line.
 */
export function checkLineNesting(file: VFile): boolean {
  const lines = String(file.value).split("\n");
  for (const [index, line] of lines.entries()) {
    const markers = QUOTE_OR_LIST_MARKERS.exec(line)?.[0] ?? "";
    const depth = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const colons = /^:{3,}/.exec(line)?.[0].length ?? 0;
    if (depth > MAX_LINE_NESTING || colons > MAX_LINE_NESTING) {
      report(
        file,
        "nesting-too-deep",
        `Unexpected nesting ${Math.max(depth, colons)} levels deep, expected at most ${MAX_LINE_NESTING}`,
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
