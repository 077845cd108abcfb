/**
 * Where a directive's `[label]{attributes}` stops parsing, found by following the grammar of
 * micromark-extension-directive (factory-label.js, factory-attributes.js). When that grammar fails,
 * remark-directive keeps the whole line as text, so a question silently becomes prose; this scan
 * names the character that broke it.
 */

export interface SyntaxBreak {
  /** Index in the scanned text of the character to point at. */
  index: number;
  /** "Unexpected X, expected Y", e.g. "Unexpected `\"` in the value of `id`, expected a space or `}`". */
  message: string;
  /** What probably caused it, when that is clear. */
  note?: string;
}

/** Characters micromark treats as punctuation (Unicode P and S) or whitespace end names. */
const NAME_CHARACTER = /[^\s\p{P}\p{S}]|[-_]/u;
const NOT_IN_UNQUOTED_VALUE = new Set(['"', "'", "<", "=", ">", "`"]);
const MAX_LABEL_NESTING = 32;

const show = (character: string | undefined): string =>
  character === undefined ? "end of the line" : `\`${character}\``;

/** The index just after a `[label]` starting at `start`, or where it breaks. */
function scanLabel(text: string, start: number): number | SyntaxBreak {
  let depth = 0;
  for (let index = start + 1; index < text.length; index++) {
    const character = text[index];
    if (character === "\\") index++;
    else if (character === "[" && ++depth > MAX_LABEL_NESTING)
      return { index, message: `Unexpected \`[\` nested over ${MAX_LABEL_NESTING} deep in the label` };
    else if (character === "]" && depth-- === 0) return index + 1;
  }
  return { index: start, message: "Unclosed `[` of the label, expected `]` on the same line" };
}

/**
 * The index just after `{…}` starting at `start`, or where it breaks. The attributes of `::` and
 * `:::` directives stay on one line; those of a `:text` directive may span lines.
 */
export function scanAttributes(text: string, start: number, multiline = false): number | SyntaxBreak {
  const after = scanAttributeList(text, start, multiline);
  if (typeof after === "number" || !/\\["']/.test(text.slice(start, after.index))) return after;
  return {
    ...after,
    note: "a backslash does not escape a quote; write `&quot;` or quote with the other mark",
  };
}

function scanAttributeList(text: string, start: number, multiline: boolean): number | SyntaxBreak {
  let index = start + 1;
  const at = () => text[index];
  const isSpace = () => at() === " " || at() === "\t" || (multiline && (at() === "\n" || at() === "\r"));
  const skipSpaces = () => {
    while (isSpace()) index++;
  };
  for (;;) {
    skipSpaces();
    const character = at();
    if (character === "}") return index + 1;
    if (character === "#" || character === ".") {
      const kind = character === "#" ? "`#id`" : "`.class`";
      index++;
      const first = index;
      while (at() !== undefined && !isSpace() && !"#.}".includes(at() ?? "")) {
        if (NOT_IN_UNQUOTED_VALUE.has(at() ?? ""))
          return { index, message: `Unexpected ${show(at())} in ${kind}` };
        index++;
      }
      if (index === first)
        return { index, message: `Unexpected ${show(at())} after \`${character}\`, expected a name` };
      continue;
    }
    if (character === undefined || !NAME_CHARACTER.test(character))
      return { index, message: `Unexpected ${show(character)}, expected an attribute name or \`}\`` };
    const nameStart = index;
    while (at() !== undefined && (NAME_CHARACTER.test(at() ?? "") || ".:".includes(at() ?? ""))) index++;
    const name = text.slice(nameStart, index);
    skipSpaces();
    if (at() !== "=") continue;
    index++;
    skipSpaces();
    const valueStart = at();
    if (valueStart === '"' || valueStart === "'") {
      const close = text.indexOf(valueStart, index + 1);
      if (close === -1 || (!multiline && text.slice(index, close).includes("\n")))
        return {
          index,
          message: `Unclosed ${show(valueStart)} in the value of \`${name}\`, expected a closing ${show(valueStart)}${multiline ? "" : " on the same line"}`,
        };
      index = close + 1;
      if (at() !== undefined && !isSpace() && at() !== "}")
        return {
          index,
          message: `Unexpected ${show(at())} after the quoted value of \`${name}\`, expected a space or \`}\``,
        };
      continue;
    }
    if (valueStart === undefined || "<=>`}".includes(valueStart))
      return { index, message: `Unexpected ${show(valueStart)} after \`${name}=\`, expected a value` };
    while (at() !== undefined && !isSpace() && at() !== "}") {
      if (NOT_IN_UNQUOTED_VALUE.has(at() ?? ""))
        return {
          index,
          message: `Unexpected ${show(at())} in the value of \`${name}\`, expected a space or \`}\``,
        };
      index++;
    }
  }
}

/**
 * Scans a `::name…` or `:::name…` line (from its colons) the way the directive grammar reads it, and
 * returns where it breaks, or undefined when the line is a valid directive opening.
 */
export function findDirectiveBreak(line: string): SyntaxBreak | undefined {
  let index = /^:+/.exec(line)?.[0].length ?? 0;
  while (index < line.length && NAME_CHARACTER.test(line[index] ?? "")) index++;
  for (const [opening, scan] of [
    ["[", scanLabel],
    ["{", scanAttributes],
  ] as const) {
    if (line[index] !== opening) continue;
    const after = scan(line, index);
    if (typeof after !== "number") return after;
    index = after;
  }
  const rest = line.slice(index);
  if (rest.trim() === "") return undefined;
  const offset = index + (rest.length - rest.trimStart().length);
  return {
    index: offset,
    message: `Unexpected ${show(line[offset])} after the directive, expected the end of the line`,
  };
}
