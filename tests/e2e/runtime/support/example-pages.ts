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

/** One lesson-scope page per interaction type's example. */
export function examplePages(course: TestCourse): ExamplePage[] {
  return [...course.exampleLessons].map(([type, lessonId]) => ({
    type,
    scope: { kind: "lesson", lessonId },
    interaction: firstInteraction(course.model, lessonId),
  }));
}
