import type { Nodes, Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { walkTree } from "./walk-tree.ts";

/**
 * The last line of a heading made by underlining (setext): `---` or `===` after any `>` markers and
 * indentation. An ATX heading's line starts with `#`, so it never matches.
 */
const UNDERLINE_LINE = /^([ \t>]*)(-+|=+)[ \t]*$/;

function expectedFix(underline: string): string {
  return underline.startsWith("-")
    ? `a blank line before \`${underline}\` for a separator, or \`## \` before the text for a heading`
    : "`# ` before the text for a heading";
}

/**
 * `---` right under a paragraph does not separate it: Markdown underlines the text into a heading,
 * and the screen break the author meant is gone. Warns at the underline.
 */
export function checkUnderlinedHeadings(file: VFile, tree: Root): void {
  const lines = String(file.value).split("\n");
  walkTree<Nodes>(tree, (heading) => {
    if (heading.type !== "heading") return;
    const end = heading.position?.end;
    const underline = end && UNDERLINE_LINE.exec(lines[end.line - 1] ?? "");
    if (!end || !underline) return;
    const [, prefix = "", marks = ""] = underline;
    report(
      file,
      "underlined-heading",
      `Unexpected \`${marks}\` right under a line of text, which makes that text a heading; expected ${expectedFix(marks)}`,
      { line: end.line, column: prefix.length + 1 },
    );
  });
}
