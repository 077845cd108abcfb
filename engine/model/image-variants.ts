/**
 * Smaller WebP copies of a course's photos (made at build time by exporters/image-variants.ts, read
 * by the player to write `srcset`): their widths and file names, stated once for both sides.
 */

/** Raster images that get variants; SVG is already light, and a GIF may be animated. */
export const RASTER_IMAGE = /\.(png|jpe?g|webp)$/i;

/**
 * A 360 px phone (DPR 1) takes 480, a DPR-2 phone 720, the widest column (44 rem of content) at
 * DPR 1 720 and at DPR 2 960; none is wider than the photo itself.
 */
export const VARIANT_WIDTHS = [480, 720, 960] as const;

/** The photo's width in the layout: the column's content box (46 rem less 1 rem padding each side). */
export const IMAGE_SIZES = "(max-width:46rem) calc(100vw - 2rem),44rem";

/** Course path of a variant: `media/shop.jpg` at 480 → `media/shop.w480.webp`. */
export function variantPath(coursePath: string, width: number): string {
  return coursePath.replace(/\.\w+$/, `.w${width}.webp`);
}

/** The variant widths for a photo `width` px wide: the standard ones below it, and at most 960 itself. */
export function variantWidthsFor(width: number): number[] {
  if (width <= 0) return [];
  const largest = Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? width);
  return [...new Set([...VARIANT_WIDTHS.filter((candidate) => candidate < largest), largest])];
}

/** `srcset` of a photo's variants, each at the URL `url` gives its course path. */
export function variantSourceSet(
  coursePath: string,
  widths: readonly number[],
  url: (variantCoursePath: string) => string,
): string {
  return widths.map((width) => `${url(variantPath(coursePath, width))} ${width}w`).join();
}
