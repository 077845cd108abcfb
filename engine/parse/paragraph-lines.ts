import type { Paragraph } from "mdast";

/** Quote markers and indentation before a line's content inside quotes and list items. */
const LINE_PREFIX = /^[ \t>]*/;

export interface ParagraphLine {
  line: number;
  /** 1-based column where `text` starts in the source line. */
  column: number;
  /** The line's content: the paragraph's own text, without `>` markers and indentation. */
  text: string;
}

/** A paragraph's source lines, each from where the paragraph's text starts on it. */
export function paragraphLines(paragraph: Paragraph, lines: readonly string[]): ParagraphLine[] {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end;
  if (!start || !end) return [];
  const found: ParagraphLine[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const raw = lines[line - 1] ?? "";
    const from = line === start.line ? start.column - 1 : (LINE_PREFIX.exec(raw)?.[0].length ?? 0);
    found.push({ line, column: from + 1, text: raw.slice(from) });
  }
  return found;
}
