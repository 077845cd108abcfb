import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { trimCourse } from "../../engine/runtime/scope.ts";
import { lessonsInOrder } from "./courses.ts";
import { urls } from "./urls.ts";

/** What a page hands its player island: only the part of the model the scope needs. */
export function playerProps(course: CourseModel, scope: PlayerScope) {
  const lessonUrls = Object.fromEntries(
    lessonsInOrder(course).map(({ module, lesson }) => [
      lesson.id,
      urls.lesson(course.id, module.id, lesson.id),
    ]),
  );
  return { course: trimCourse(course, scope), scope, mediaBase: urls.course(course.id), lessonUrls };
}
