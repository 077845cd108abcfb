/** Input limits: beyond these the compiler reports a diagnostic instead of working on. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 2_000;
/** Depth of nested Markdown nodes (lists in quotes in directives…) below a lesson's root. */
export const MAX_NESTING_DEPTH = 24;
/** Depth checked on the raw text before parsing: `>` quote markers and list indentation. */
export const MAX_LINE_NESTING = 32;
