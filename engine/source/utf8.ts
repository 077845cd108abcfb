import type { Point } from "unist";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Length of the UTF-8 sequence starting at `index`, or 0 when the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
  for (let offset = 1; offset < length; offset++) {
    const byte = bytes[index + offset];
    if (byte === undefined || (byte & 0xc0) !== 0x80) return 0;
  }
  if (length < 3) return length;
  // A short slice decodes only when it is not overlong, not a surrogate and not above U+10FFFF.
  try {
    utf8.decode(bytes.subarray(index, index + length));
    return length;
  } catch {
    return 0;
  }
}

export interface InvalidByte {
  point: Point;
  byte: number;
}

/** The first byte that is not UTF-8, with its line and column (columns count characters). */
export function findInvalidUtf8(bytes: Uint8Array): InvalidByte | undefined {
  let line = 1;
  let column = 1;
  for (let index = 0; index < bytes.length; ) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return { point: { line, column }, byte: bytes[index] ?? 0 };
    if (bytes[index] === 0x0a) {
      line++;
      column = 1;
    } else column += length === 4 ? 2 : 1; // columns count UTF-16 units, as in parsed positions
    index += length;
  }
  return undefined;
}

/** Decodes UTF-8 text (without a byte order mark), or undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return undefined;
  }
}
