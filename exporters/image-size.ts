/**
 * What a build reads of each image, once per file per process (results kept per source bytes): its
 * size as the browser lays it out, which the player writes as `width` and `height` so the page keeps
 * the image's box while it loads, and, for a photo, whether every pixel decodes (variants are made
 * only then). sharp runs here at build time only. A file that cannot be measured gets no size: a
 * build never fails for it.
 */
import sharp from "sharp";
import { type ImageSize, svgSize } from "./svg-size.ts";

export type { ImageSize } from "./svg-size.ts";

/** Images a page shows in an `<img>`: photos (PNG, JPEG, WebP), GIFs and drawings (SVG). */
const SHOWN_IMAGE = /\.(png|jpe?g|webp|gif|svg)$/i;

/** An SVG is text starting with `<` (after a byte-order mark or spaces); no photo format does. */
function isMarkup(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes.subarray(0, 64));
  return text.trimStart().startsWith("<");
}

export interface ImageFacts {
  size?: ImageSize;
  /** Every pixel decodes: a truncated photo has a readable header (a size) but no whole image. */
  whole: boolean;
}

const factsCache = new WeakMap<Uint8Array, Promise<ImageFacts>>();

async function readRaster(bytes: Uint8Array): Promise<ImageFacts> {
  let size: ImageSize | undefined;
  try {
    const image = sharp(bytes);
    // As shown: a phone photo stored sideways with an EXIF orientation is laid out upright.
    const { width, height } = (await image.metadata()).autoOrient;
    if (width > 0 && height > 0) size = { width, height };
    await image.stats(); // decodes every pixel
    return { size, whole: true };
  } catch {
    return size ? { size, whole: false } : { whole: false };
  }
}

async function readDrawing(bytes: Uint8Array): Promise<ImageFacts> {
  const size = svgSize(new TextDecoder().decode(bytes));
  return size ? { size, whole: true } : { whole: false };
}

/** The facts of a course file that is an image a page shows; none for any other file (audio, video…). */
export function imageFacts(coursePath: string, bytes: Uint8Array): Promise<ImageFacts> {
  if (!SHOWN_IMAGE.test(coursePath)) return Promise.resolve({ whole: false });
  let facts = factsCache.get(bytes);
  if (!facts) {
    facts = isMarkup(bytes) ? readDrawing(bytes) : readRaster(bytes);
    factsCache.set(bytes, facts);
  }
  return facts;
}
