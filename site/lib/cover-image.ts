import { IMAGE_SIZES, RASTER_IMAGE, variantSourceSet } from "../../engine/model/image-variants.ts";
import type { CourseModel, Cover } from "../../engine/model/schema.ts";
import { imageFacts } from "../../exporters/image-size.ts";
import { variantsOf } from "../../exporters/image-variants.ts";
import { courseSourceOf } from "./course-sources.ts";
import { urls } from "./urls.ts";

/** The attributes of a cover's `<img>`: a photo as its WebP variants (the largest as src), a drawing as it is. */
export interface CoverImage {
  src: string;
  srcset?: string;
  sizes?: string;
  alt: string;
  /** A drawing (SVG, GIF) is shown whole; a photo fills its frame. */
  photo: boolean;
  /** The picture's own size, when it could be measured (exporters/image-size.ts): its shape before it loads. */
  width?: number;
  height?: number;
}

const mediaUrl = (course: CourseModel, coursePath: string) =>
  urls.media(course.id, coursePath.split("/").map(encodeURIComponent).join("/"));

/**
 * A course's or module's cover as the page shows it, with the same variants as lesson photos
 * (exporters/image-variants.ts); `sizes` says how wide its frame is (the column by default).
 */
export async function coverImage(
  course: CourseModel,
  cover: Cover,
  sizes = IMAGE_SIZES,
): Promise<CoverImage> {
  const bytes = (await courseSourceOf(course))?.media.get(cover.src)?.bytes;
  const [variants, facts] = bytes
    ? await Promise.all([variantsOf(cover.src, bytes), imageFacts(cover.src, bytes)])
    : [[], undefined];
  const size = facts?.size ?? {};
  const largest = variants.at(-1);
  if (!largest)
    return {
      src: mediaUrl(course, cover.src),
      alt: cover.alt,
      photo: RASTER_IMAGE.test(cover.src),
      ...size,
    };
  return {
    src: mediaUrl(course, largest.path),
    srcset: variantSourceSet(
      cover.src,
      variants.map((variant) => variant.width),
      (path) => mediaUrl(course, path),
    ),
    sizes,
    alt: cover.alt,
    photo: true,
    ...size,
  };
}
