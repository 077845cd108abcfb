import type { Nodes, Paragraph, Root } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { findDirectiveBreak, type SyntaxBreak, scanAttributes } from "./directive-syntax.ts";
import { paragraphLines } from "./paragraph-lines.ts";

/** A paragraph line that starts like a `::name[…]` / `:::name{…}` directive the parser did not take. */
const DIRECTIVE_LIKE = /^(:{2,})([^\s\p{P}\p{S}][^\s\p{P}\p{S}]*(?:[-_][^\s\p{P}\p{S}]+)*)[[{]/u;

function reportBreak(file: VFile, what: string, line: number, column: number, found: SyntaxBreak): void {
  report(
    file,
    "malformed-directive",
    `${found.message}: ${what} was read as text${found.note ? ` (${found.note})` : ""}`,
    { line, column: column + found.index },
  );
}

/** `::name` and `:::name` openings that fell back to text because their label or attributes broke. */
function checkLines(file: VFile, paragraph: Paragraph, lines: readonly string[]): void {
  for (const { line, column, text } of paragraphLines(paragraph, lines)) {
    const opening = DIRECTIVE_LIKE.exec(text);
    if (!opening) continue;
    const found = findDirectiveBreak(text);
    if (found) reportBreak(file, `the line \`${opening[1]}${opening[2]}…\``, line, column, found);
  }
}

/** `:name[…]{…}` whose attributes broke: the parser keeps the directive and leaves `{…}` as text. */
function checkTextDirective(file: VFile, directive: TextDirective, source: string): void {
  const offset = directive.position?.end.offset;
  if (offset === undefined || source[offset] !== "{") return;
  const blockEnd = source.indexOf("\n\n", offset);
  const found = scanAttributes(source.slice(offset, blockEnd === -1 ? undefined : blockEnd), 0, true);
  if (typeof found === "number") return;
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  reportBreak(file, `\`{…}\` after \`:${directive.name}\``, line, column, found);
}

/**
 * remark-directive turns a directive whose label or attributes do not parse into plain text, so a
 * question silently became prose: report the character where the syntax broke.
 */
export function checkBrokenDirectives(file: VFile, tree: Root): void {
  const source = String(file.value);
  const lines = source.split("\n");
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "paragraph") checkLines(file, node, lines);
    else if (node.type === "textDirective") checkTextDirective(file, node, source);
    if ("children" in node) stack.push(...node.children);
  }
}
