import type { APIRoute, GetStaticPaths } from "astro";
import { renderVariant, variantsOf } from "../../../exporters/image-variants.ts";
import { courseSourcesById } from "../../lib/course-sources.ts";
import { getCourses } from "../../lib/courses.ts";
import { sourceCourse } from "../../lib/editions.ts";
import { mediaType } from "../../lib/media-types.ts";

interface MediaProps {
  bytes: Uint8Array;
  /** Set for a WebP variant of a raster image: its width. */
  width?: number;
}

/** Course media at `/<course-id>/<course path>` (only files the course uses), plus WebP variants of photos. */
export const getStaticPaths: GetStaticPaths = async () => {
  const sources = await courseSourcesById();
  const paths: Array<{ params: { course: string; media: string }; props: Record<string, unknown> }> = [];
  const courses = await getCourses();
  for (const course of courses) {
    // A language edition (sample_fr) serves its course's media files.
    const source = sources.get(sourceCourse(course, courses).id);
    for (const media of course.media) {
      const file = source?.media.get(media.path);
      if (!file) continue;
      paths.push({
        params: { course: course.id, media: media.path },
        props: { bytes: file.bytes } satisfies MediaProps,
      });
      for (const variant of await variantsOf(media.path, file.bytes)) {
        const props = { bytes: file.bytes, width: variant.width } satisfies MediaProps;
        paths.push({ params: { course: course.id, media: variant.path }, props });
      }
    }
  }
  return paths;
};

export const GET: APIRoute = async ({ params, props }) => {
  const { bytes, width } = props as MediaProps;
  const body = width === undefined ? new Uint8Array(bytes) : await renderVariant(bytes, width);
  return new Response(body.buffer as ArrayBuffer, {
    headers: { "content-type": mediaType(String(params.media)) },
  });
};
