import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { MAX_EMPHASIS_MARKERS, MAX_SETEXT_HEADINGS } from "../source/limits.ts";

/**
 * Constructs the Markdown parser (micromark) handles in quadratic time, counted on the raw text
 * before parsing and reported as too large: 16,000 underlined headings in 64 KiB took 51 s of CPU,
 * `**a*` repeated over 48 KiB took 6 s. Real lessons have a handful of each.
 */
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const EMPHASIS_MARKER = /[*_~]+/g;

function tooMany(file: VFile, line: number, what: string, limit: number): false {
  report(file, "file-too-large", `Unexpected more than ${limit} ${what}, expected at most ${limit}`, {
    line,
    column: 1,
  });
  return false;
}

export function checkCostlyConstructs(file: VFile): boolean {
  const lines = String(file.value).split("\n");
  // The YAML frontmatter's closing `---` sits under a line of text but is no heading.
  const bodyStart =
    lines[0] === "---" ? lines.findIndex((line, index) => index > 0 && line === "---") + 1 : 0;
  let headings = 0;
  let markersInParagraph = 0;
  for (const [index, line] of lines.entries()) {
    if (index < bodyStart) continue;
    const previous = lines[index - 1] ?? "";
    // An underline is `===` or `---` right under text; a `---` after a blank line separates screens.
    if (UNDERLINE.test(line) && previous.trim() !== "" && !UNDERLINE.test(previous)) headings++;
    if (headings > MAX_SETEXT_HEADINGS) {
      return tooMany(file, index + 1, "underlined headings (text over `===` or `---`)", MAX_SETEXT_HEADINGS);
    }
    // Emphasis is resolved per paragraph, and paragraphs end at blank lines.
    markersInParagraph =
      line.trim() === "" ? 0 : markersInParagraph + (line.match(EMPHASIS_MARKER)?.length ?? 0);
    if (markersInParagraph > MAX_EMPHASIS_MARKERS) {
      return tooMany(
        file,
        index + 1,
        "emphasis markers (`*`, `_`, `~`) in one paragraph",
        MAX_EMPHASIS_MARKERS,
      );
    }
  }
  return true;
}
