import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { trimCourse } from "../../engine/runtime/scope.ts";
import { withImageVariants } from "../../exporters/image-variants.ts";
import { courseSourceOf } from "./course-sources.ts";
import { urls } from "./urls.ts";

/** The model with each image's size and each photo's variant widths, read from the course's files. */
export async function withImageFacts(course: CourseModel): Promise<CourseModel> {
  const source = await courseSourceOf(course);
  return source ? withImageVariants(course, source.media) : course;
}

/** What a page hands its player island: the part of the model the scope needs (with its photos' variant widths) and links. */
export async function playerProps(course: CourseModel, scope: PlayerScope) {
  const mediaBase = urls.course(course.id);
  return { course: await withImageFacts(trimCourse(course, scope)), scope, mediaBase };
}
