/**
 * The record's character set: printable ASCII. These separate its parts, so text never holds them
 * raw: `|` sections, `;` entries, `,` fields, `:` list items, `=` pairs, `~` escapes, `!` checksum.
 */
export const SEPARATORS = {
  section: "|",
  entry: ";",
  field: ",",
  item: ":",
  pair: "=",
  checksum: "!",
} as const;

const ESCAPE = "~";
const RESERVED = new Set<string>([...Object.values(SEPARATORS), ESCAPE]);
/** `~` + 4 hex digits: the widest a UTF-16 unit gets. */
export const ESCAPED_WIDTH = 5;

function isPlain(character: string): boolean {
  const code = character.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e && !RESERVED.has(character);
}

/** Any string → record-safe ASCII: plain characters as they are, the rest as `~hhhh`. */
export function escapeText(text: string): string {
  let result = "";
  for (let index = 0; index < text.length; index++) {
    const character = text.charAt(index);
    result += isPlain(character) ? character : ESCAPE + text.charCodeAt(index).toString(16).padStart(4, "0");
  }
  return result;
}

const ESCAPED = /~([0-9a-f]{4})/g;

/** The inverse of escapeText; undefined when the text holds a broken escape or a separator. */
export function unescapeText(escaped: string): string | undefined {
  const rest = escaped.replace(ESCAPED, "");
  if ([...rest].some((character) => !isPlain(character))) return undefined;
  return escaped.replace(ESCAPED, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Non-negative integer ↔ base 36; undefined for anything else. */
export function encodeCount(value: number): string {
  return Math.max(0, Math.floor(value)).toString(36);
}

export function decodeCount(text: string | undefined): number | undefined {
  if (text === undefined || !/^[0-9a-z]{1,10}$/.test(text)) return undefined;
  const value = Number.parseInt(text, 36);
  return Number.isSafeInteger(value) ? value : undefined;
}
