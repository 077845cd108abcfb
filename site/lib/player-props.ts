import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { trimCourse } from "../../engine/runtime/scope.ts";
import { courseSourceOf } from "./course-sources.ts";
import { lessonsInOrder } from "./courses.ts";
import { imageSourceSets } from "./image-variants.ts";
import { urls } from "./urls.ts";

/** What a page hands its player island: the part of the model the scope needs, links and image variants. */
export async function playerProps(course: CourseModel, scope: PlayerScope) {
  const lessonUrls = Object.fromEntries(
    lessonsInOrder(course).map(({ module, lesson }) => [
      lesson.id,
      urls.lesson(course.id, module.id, lesson.id),
    ]),
  );
  const mediaBase = urls.course(course.id);
  const source = await courseSourceOf(course);
  const used = new Map(
    course.media.flatMap((media) => {
      const file = source?.media.get(media.path);
      return file ? [[media.path, file] as const] : [];
    }),
  );
  const imageSources = await imageSourceSets(used, mediaBase);
  return { course: trimCourse(course, scope), scope, mediaBase, lessonUrls, imageSources };
}
