import type { Interaction } from "../../../../engine/interactions/registry.ts";
import type { CourseModel } from "../../../../engine/model/schema.ts";
import type { PlayerScope } from "../../../../engine/runtime/scope.ts";
import type { TestCourse } from "./test-course.ts";

export interface ExamplePage {
  type: string;
  scope: PlayerScope;
  interaction: Interaction;
}

function firstInteraction(course: CourseModel, lessonId: string): Interaction {
  const lesson = course.modules
    .flatMap((module) => module.lessons)
    .find((candidate) => candidate.id === lessonId);
  const block = lesson?.screens
    .flatMap((screen) => screen.blocks)
    .find((candidate) => candidate.kind === "interaction");
  if (block?.kind !== "interaction") throw new Error(`no interaction in ${lessonId}`);
  return block;
}

/** The fixture's module of view cases that no type's example shows (image options…). */
const VIEW_CASES_MODULE = "views";

/** One lesson-scope page per interaction type's example. */
export function examplePages(course: TestCourse): ExamplePage[] {
  return [...course.exampleLessons].map(([type, lessonId]) => ({
    type,
    scope: { kind: "lesson", lessonId },
    interaction: firstInteraction(course.model, lessonId),
  }));
}

/** One lesson-scope page per lesson of the fixture's view cases module, named by its lesson id. */
export function viewCasePages(course: TestCourse): ExamplePage[] {
  const lessons = course.model.modules.find((module) => module.id === VIEW_CASES_MODULE)?.lessons ?? [];
  return lessons.map((lesson) => ({
    type: lesson.id,
    scope: { kind: "lesson", lessonId: lesson.id },
    interaction: firstInteraction(course.model, lesson.id),
  }));
}
