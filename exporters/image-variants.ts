/**
 * The one maker of photo variants, for packages and the web edition alike: WebP copies at the
 * widths of engine/model/image-variants.ts. sharp runs here at build time only; the learner's
 * runtime reads the widths from the model. Each photo is decoded and each variant encoded once per
 * process (results kept per source bytes), however many packages carry it.
 */
import sharp from "sharp";
import { RASTER_IMAGE, variantPath, variantWidthsFor } from "../engine/model/image-variants.ts";
import type { CourseModel } from "../engine/model/schema.ts";
import { BuildError, type CompiledCourse } from "./target.ts";
import type { FileTree } from "./zip.ts";

export interface ImageVariant {
  width: number;
  /** Course path of the variant, e.g. `media/shop.w480.webp`. */
  path: string;
}

/** Source media by course path, as engine/source reads them. */
export type MediaFiles = ReadonlyMap<string, { bytes: Uint8Array }>;

const widthsCache = new WeakMap<Uint8Array, Promise<number[]>>();
const variantCache = new WeakMap<Uint8Array, Map<number, Promise<Uint8Array>>>();

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

/** Variant widths of a course file: none for what is not a decodable PNG, JPEG or WebP. */
export function variantWidths(coursePath: string, bytes: Uint8Array): Promise<number[]> {
  if (!RASTER_IMAGE.test(coursePath)) return Promise.resolve([]);
  let widths = widthsCache.get(bytes);
  if (!widths) {
    widths = decodedWidth(bytes).then(variantWidthsFor);
    widthsCache.set(bytes, widths);
  }
  return widths;
}

export async function variantsOf(coursePath: string, bytes: Uint8Array): Promise<ImageVariant[]> {
  const widths = await variantWidths(coursePath, bytes);
  return widths.map((width) => ({ width, path: variantPath(coursePath, width) }));
}

/** The WebP variant of a photo at `width` (deterministic: libvips encodes the same pixels the same way). */
export function renderVariant(bytes: Uint8Array, width: number): Promise<Uint8Array> {
  let byWidth = variantCache.get(bytes);
  if (!byWidth) {
    byWidth = new Map();
    variantCache.set(bytes, byWidth);
  }
  let variant = byWidth.get(width);
  if (!variant) {
    variant = sharp(bytes)
      .resize({ width, withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer()
      .then((buffer) => new Uint8Array(buffer));
    byWidth.set(width, variant);
  }
  return variant;
}

/** Fails where two photos would share variant files (`shop.jpg` and `shop.png` both make `shop.w480.webp`). */
function checkVariantNames(courseId: string, photos: readonly string[]): void {
  const byVariant = new Map<string, string>();
  for (const photo of photos) {
    const variant = variantPath(photo, 480);
    const other = byVariant.get(variant);
    if (other)
      throw new BuildError(
        `Course "${courseId}": ${other} and ${photo} would share the smaller copies made of each (${variant}…); rename one of them`,
      );
    byVariant.set(variant, photo);
  }
}

/** The model with the variant widths of each of its photos, so the player writes `srcset` for them. */
export async function withImageVariants(model: CourseModel, files: MediaFiles): Promise<CourseModel> {
  const media = await Promise.all(
    model.media.map(async (entry) => {
      const file = files.get(entry.path);
      const widths = file ? await variantWidths(entry.path, file.bytes) : [];
      return widths.length > 0 ? { ...entry, widths } : entry;
    }),
  );
  checkVariantNames(
    model.id,
    media.flatMap((entry) => ("widths" in entry && entry.widths ? [entry.path] : [])),
  );
  return { ...model, media };
}

/**
 * The files a package carries for the media a page uses: a photo's variants instead of the photo
 * (the player never names the original when it has variants), any other file as it is.
 */
export async function packagedMedia(used: ReadonlyMap<string, Uint8Array>): Promise<FileTree> {
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of used) {
    const variants = await variantsOf(path, bytes);
    if (variants.length === 0) files.set(path, bytes);
    for (const variant of variants) files.set(variant.path, await renderVariant(bytes, variant.width));
  }
  return files;
}

/** A compiled course and its language editions (which show the same photos) with their variant widths. */
export async function withCourseVariants(course: CompiledCourse): Promise<CompiledCourse> {
  const { media } = course.source;
  const [model, editions] = await Promise.all([
    withImageVariants(course.model, media),
    course.editions && Promise.all(course.editions.map((edition) => withImageVariants(edition, media))),
  ]);
  return { ...course, model, ...(editions ? { editions } : {}) };
}
