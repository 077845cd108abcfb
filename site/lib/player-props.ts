import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { trimCourse } from "../../engine/runtime/scope.ts";
import { withImageVariants } from "../../exporters/image-variants.ts";
import { courseSourceOf } from "./course-sources.ts";
import { urls } from "./urls.ts";

/** What a page hands its player island: the part of the model the scope needs (with its photos' variant widths) and links. */
export async function playerProps(course: CourseModel, scope: PlayerScope) {
  const mediaBase = urls.course(course.id);
  const source = await courseSourceOf(course);
  const trimmed = trimCourse(course, scope);
  const shown = source ? await withImageVariants(trimmed, source.media) : trimmed;
  return { course: shown, scope, mediaBase };
}
