import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { MAX_SETEXT_HEADINGS } from "../source/limits.ts";

const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * Counts underlined (setext) headings before parsing: the parser's cost grows with the square of
 * their number (16,000 of them, 64 KiB, took 51 s). An underline is `===` or `---` right under a
 * line of text; a `---` after a blank line is a screen separator and does not count.
 */
export function checkSetextHeadings(file: VFile): boolean {
  const lines = String(file.value).split("\n");
  // The YAML frontmatter's closing `---` sits under a line of text but is no heading.
  const bodyStart =
    lines[0] === "---" ? lines.findIndex((line, index) => index > 0 && line === "---") + 1 : 0;
  let count = 0;
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1] ?? "";
    if (index < bodyStart) continue;
    if (!UNDERLINE.test(line) || previous.trim() === "" || UNDERLINE.test(previous)) continue;
    count++;
    if (count > MAX_SETEXT_HEADINGS) {
      report(
        file,
        "file-too-large",
        `Unexpected more than ${MAX_SETEXT_HEADINGS} underlined headings (text over \`===\` or \`---\`), expected at most ${MAX_SETEXT_HEADINGS}`,
        { line: index + 1, column: 1 },
      );
      return false;
    }
  }
  return true;
}
