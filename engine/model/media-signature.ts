/**
 * The first bytes each checked format starts with. The web edition decodes raster images to make
 * smaller copies, so a file that is not what its extension says (a renamed or half-saved file)
 * would stop the build; a video or captions file that is not its format plays as a blank box. `check`
 * reports it where it is referenced instead.
 */
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** Bytes at `offset`; `undefined` matches any byte. */
type Part = { offset: number; bytes: ReadonlyArray<number | undefined> };

interface Format {
  /** What the file should be, as a message names it: "a PNG image". */
  description: string;
  /** Alternative signatures: the file matches one of them when all of its parts match. */
  signatures: ReadonlyArray<readonly Part[]>;
}

const PNG: Format = {
  description: "a PNG image",
  signatures: [[{ offset: 0, bytes: [0x89, ...ascii("PNG\r\n"), 0x1a, 0x0a] }]],
};
const JPEG: Format = {
  description: "a JPEG image",
  signatures: [[{ offset: 0, bytes: [0xff, 0xd8, 0xff] }]],
};
/** `GIF87a` or `GIF89a`. */
const GIF: Format = {
  description: "a GIF image",
  signatures: [[{ offset: 0, bytes: [...ascii("GIF8"), undefined, ...ascii("a")] }]],
};
const WEBP: Format = {
  description: "a WebP image",
  signatures: [
    [
      { offset: 0, bytes: ascii("RIFF") },
      { offset: 8, bytes: ascii("WEBP") },
    ],
  ],
};
/** ISO base media (MP4): a box of any size whose type is `ftyp`. */
const MP4: Format = { description: "an MP4 video", signatures: [[{ offset: 4, bytes: ascii("ftyp") }]] };
/** WebM is Matroska: an EBML header. */
const WEBM: Format = {
  description: "a WebM video",
  signatures: [[{ offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] }]],
};
/** WebVTT: `WEBVTT` first, after an optional UTF-8 byte order mark. */
const WEBVTT: Format = {
  description: "WebVTT captions, a text file starting with `WEBVTT`",
  signatures: [
    [{ offset: 0, bytes: ascii("WEBVTT") }],
    [{ offset: 0, bytes: [0xef, 0xbb, 0xbf, ...ascii("WEBVTT")] }],
  ],
};

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  png: PNG,
  jpg: JPEG,
  jpeg: JPEG,
  gif: GIF,
  webp: WEBP,
  mp4: MP4,
  webm: WEBM,
  vtt: WEBVTT,
};

function matches(bytes: Uint8Array, signature: readonly Part[]): boolean {
  return signature.every(({ offset, bytes: expected }) =>
    expected.every((byte, index) => byte === undefined || bytes[offset + index] === byte),
  );
}

/**
 * What a checked file's extension says it is ("a PNG image") when its bytes are not that format,
 * else undefined (the bytes match, or the extension is not checked).
 */
export function mismatchedFormat(coursePath: string, bytes: Uint8Array): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(coursePath)?.[1]?.toLowerCase() ?? "";
  const format = BY_EXTENSION[extension];
  if (!format || format.signatures.some((signature) => matches(bytes, signature))) return undefined;
  return format.description;
}
