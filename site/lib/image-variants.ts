import sharp from "sharp";

/** Raster formats that get WebP variants on the web edition (SVG is already light and sharp). */
const RASTER = /\.(png|jpe?g|webp|gif)$/i;
/** Widths for phones and for the widest column (46 rem); never wider than the original. */
const VARIANT_WIDTHS = [480, 960] as const;

export interface ImageVariant {
  width: number;
  /** Course path of the variant, e.g. `media/shop.w480.webp`. */
  path: string;
}

/** The image's width, or 0 when it cannot be decoded (a damaged file is shipped as written, without variants). */
async function decodedWidth(bytes: Uint8Array): Promise<number> {
  try {
    const image = sharp(bytes);
    await image.stats(); // decodes every pixel: a truncated file has a readable header but no image
    return (await image.metadata()).width ?? 0;
  } catch {
    return 0;
  }
}

export async function variantsOf(coursePath: string, bytes: Uint8Array): Promise<ImageVariant[]> {
  if (!RASTER.test(coursePath)) return [];
  const width = await decodedWidth(bytes);
  const widths = [
    ...new Set([...VARIANT_WIDTHS.filter((candidate) => candidate < width), Math.min(width, 960)]),
  ];
  return widths
    .filter((candidate) => candidate > 0)
    .map((candidate) => ({ width: candidate, path: coursePath.replace(RASTER, `.w${candidate}.webp`) }));
}

export async function renderVariant(bytes: Uint8Array, width: number): Promise<Uint8Array> {
  const webp = await sharp(bytes)
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
  return new Uint8Array(webp);
}

/** `srcset` of every raster image of a course, by course path, with URLs under `mediaBase`. */
export async function imageSourceSets(
  media: ReadonlyMap<string, { bytes: Uint8Array }>,
  mediaBase: string,
): Promise<Record<string, string>> {
  const sets: Record<string, string> = {};
  for (const [coursePath, file] of media) {
    const variants = await variantsOf(coursePath, file.bytes);
    if (variants.length > 0) {
      sets[coursePath] = variants
        .map((variant) => `${mediaBase}${variant.path} ${variant.width}w`)
        .join(", ");
    }
  }
  return sets;
}
