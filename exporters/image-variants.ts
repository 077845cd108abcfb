/**
 * The one maker of photo variants, for packages and the web edition alike: WebP copies at the
 * widths of engine/model/image-variants.ts. sharp runs here at build time only; the learner's
 * runtime reads the widths, and each image's size, from the model. Each image is decoded once per
 * process (exporters/image-size.ts) and each variant encoded once (kept per source bytes), however
 * many packages carry it.
 */
import sharp from "sharp";
import { RASTER_IMAGE, variantPath, variantWidthsFor } from "../engine/model/image-variants.ts";
import type { CourseModel } from "../engine/model/schema.ts";
import { imageFacts } from "./image-size.ts";
import { BuildError, type CompiledCourse } from "./target.ts";
import type { FileTree } from "./zip.ts";

export interface ImageVariant {
  width: number;
  /** Course path of the variant, e.g. `media/shop.w480.webp`. */
  path: string;
}

/** Source media by course path, as engine/source reads them. */
export type MediaFiles = ReadonlyMap<string, { bytes: Uint8Array }>;

const variantCache = new WeakMap<Uint8Array, Map<number, Promise<Uint8Array>>>();

/**
 * Variant widths of a course file: none for what is not a wholly decodable PNG, JPEG or WebP (a
 * damaged file is shipped as written, without variants).
 */
export async function variantWidths(coursePath: string, bytes: Uint8Array): Promise<number[]> {
  if (!RASTER_IMAGE.test(coursePath)) return [];
  const { size, whole } = await imageFacts(coursePath, bytes);
  return whole && size ? variantWidthsFor(size.width) : [];
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
    variant = sharp(bytes, { autoOrient: true }) // upright, as the photo is shown (its size in the model)
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

/**
 * The model with each image's size and the variant widths of each photo, so the player writes
 * `width`, `height` and `srcset` for them.
 */
export async function withImageVariants(model: CourseModel, files: MediaFiles): Promise<CourseModel> {
  const media = await Promise.all(
    model.media.map(async (entry) => {
      const file = files.get(entry.path);
      if (!file) return entry;
      const [{ size }, widths] = await Promise.all([
        imageFacts(entry.path, file.bytes),
        variantWidths(entry.path, file.bytes),
      ]);
      return { ...entry, ...(widths.length > 0 ? { widths } : {}), ...size };
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
