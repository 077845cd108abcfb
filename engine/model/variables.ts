import type { Text } from "mdast";
import type { Position } from "unist";
import { report } from "../diagnostics/report.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import type { FileContext } from "./context.ts";
import { createOffsetLocator } from "./positions.ts";

/** `{{name}}`, spaces inside the braces allowed. */
const VARIABLE = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** The expected part of an unknown-variable message: the names course.md defines. */
function knownVariables(context: FileContext): string {
  const names = Object.keys(context.course.variables).sort();
  return names.length === 0
    ? "expected a variable defined under `variables:` in course.md (it defines none)"
    : `expected one of ${names.map((name) => `\`${name}\``).join(", ")}`;
}

/** The source range of `length` characters at `offset` in the file. */
function rangeAt(context: FileContext, offset: number, length: number): Position {
  const toPoint = createOffsetLocator(String(context.file.value), { line: 1, column: 1 });
  return { start: toPoint(offset), end: toPoint(offset + length) };
}

/** Replaces each `{{name}}` in a text node with its value from course.md; reports unknown names. */
export function substituteVariables(context: FileContext, node: Text): void {
  const { start, end } = node.position ?? {};
  const source =
    start?.offset === undefined || end?.offset === undefined
      ? ""
      : String(context.file.value).slice(start.offset, end.offset);
  let searchFrom = 0;
  node.value = node.value.replace(VARIABLE, (literal: string, name: string) => {
    // Each `{{…}}` is found after the previous one, so a repeated unknown name is located each time.
    const index = source.indexOf(literal, searchFrom);
    if (index >= 0) searchFrom = index + literal.length;
    const value = context.course.variables[name];
    if (value !== undefined) return String(value);
    report(
      context.file,
      "unknown-variable",
      `Unknown variable \`${name}\`, ${knownVariables(context)}${didYouMean(name, Object.keys(context.course.variables))}`,
      index < 0 || start?.offset === undefined
        ? node.position
        : rangeAt(context, start.offset + index, literal.length),
    );
    return literal;
  });
}
