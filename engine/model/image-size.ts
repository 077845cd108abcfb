import type { CourseMedia } from "./schema.ts";

/**
 * An image's `width` and `height` attributes from its media entry, so a page reserves the image's box,
 * in its shape, before the file arrives; none when the build could not measure the file.
 */
export function imageSizeOf(file: Pick<CourseMedia, "width" | "height"> | undefined): {
  width?: number;
  height?: number;
} {
  return file?.width && file.height ? { width: file.width, height: file.height } : {};
}
