import type { CourseMedia } from "./schema.ts";

type ImageSizeAttributes = { width?: number; height?: number };

/**
 * An image's `width` and `height` attributes from its media entry, so a page reserves the image's box,
 * in its shape, before the file arrives; none when the build could not measure the file.
 */
export function imageSizeOf(file: Pick<CourseMedia, "width" | "height"> | undefined): ImageSizeAttributes {
  return file?.width && file.height ? { width: file.width, height: file.height } : {};
}

/**
 * The size to add to a rich-text `<img>` (the player's and the site's alike): the measured one, unless
 * the author wrote a width or height on it (even one alone), which stands as written.
 */
export function sizeToAdd(attributes: object, measured: () => ImageSizeAttributes): ImageSizeAttributes {
  return "width" in attributes || "height" in attributes ? {} : measured();
}
