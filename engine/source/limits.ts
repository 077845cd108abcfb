/** Input limits: beyond these the compiler reports a diagnostic instead of working on. */
/**
 * A micro-lesson is a few KiB. The Markdown parser's cost grows quadratically on some constructs
 * (thousands of `[a](` or `**a*`), so this bound also bounds compile time.
 */
export const MAX_FILE_BYTES = 64 * 1024;
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 2_000;
/** Depth of nested Markdown nodes (lists in quotes in directives…) below a lesson's root. */
export const MAX_NESTING_DEPTH = 24;
/** Depth checked on the raw text before parsing: `>` quote markers, list indentation, open `:::` blocks. */
export const MAX_LINE_NESTING = 32;
/** Underlined (setext) headings per file: the parser's cost is quadratic in their number. */
export const MAX_SETEXT_HEADINGS = 500;
/** Runs of `*`, `_` or `~` per paragraph: the parser's emphasis matching is quadratic in their number. */
export const MAX_EMPHASIS_MARKERS = 2_000;
/** Depth of raw HTML elements in one piece of content, checked before the (recursive) HTML parser runs. */
export const MAX_HTML_NESTING = 32;
