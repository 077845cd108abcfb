import type { APIRoute, GetStaticPaths } from "astro";
import { courseSourcesById } from "../../lib/course-sources.ts";
import { getCourses } from "../../lib/courses.ts";
import { mediaType } from "../../lib/media-types.ts";

/** Course media at `/<course-id>/<course path>` (only files the course actually uses). */
export const getStaticPaths: GetStaticPaths = async () => {
  const sources = await courseSourcesById();
  return (await getCourses()).flatMap((course) =>
    course.media.flatMap((media) => {
      const file = sources.get(course.id)?.media.get(media.path);
      return file ? [{ params: { course: course.id, media: media.path }, props: { bytes: file.bytes } }] : [];
    }),
  );
};

export const GET: APIRoute = ({ params, props }) =>
  new Response(new Uint8Array((props as { bytes: Uint8Array }).bytes), {
    headers: { "content-type": mediaType(String(params.media)) },
  });
