/**
 * The first bytes each raster format starts with. The web edition decodes raster images to make
 * smaller copies, so a file that is not what its extension says (a renamed or half-saved file)
 * would stop the build; `check` reports it where it is referenced instead.
 */
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

interface Format {
  name: string;
  /** Bytes at `offset`; `undefined` matches any byte. */
  parts: Array<{ offset: number; bytes: ReadonlyArray<number | undefined> }>;
}

const PNG: Format = { name: "PNG", parts: [{ offset: 0, bytes: [0x89, ...ascii("PNG\r\n"), 0x1a, 0x0a] }] };
const JPEG: Format = { name: "JPEG", parts: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }] };
/** `GIF87a` or `GIF89a`. */
const GIF: Format = {
  name: "GIF",
  parts: [{ offset: 0, bytes: [...ascii("GIF8"), undefined, ...ascii("a")] }],
};
const WEBP: Format = {
  name: "WebP",
  parts: [
    { offset: 0, bytes: ascii("RIFF") },
    { offset: 8, bytes: ascii("WEBP") },
  ],
};

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  png: PNG,
  jpg: JPEG,
  jpeg: JPEG,
  gif: GIF,
  webp: WEBP,
};

function matches(bytes: Uint8Array, format: Format): boolean {
  return format.parts.every(({ offset, bytes: expected }) =>
    expected.every((byte, index) => byte === undefined || bytes[offset + index] === byte),
  );
}

/** The format a raster image's extension names when its bytes are not that format, else undefined. */
export function mismatchedImageFormat(coursePath: string, bytes: Uint8Array): string | undefined {
  const extension = /\.([a-z]+)$/i.exec(coursePath)?.[1]?.toLowerCase() ?? "";
  const format = BY_EXTENSION[extension];
  return format && !matches(bytes, format) ? format.name : undefined;
}
