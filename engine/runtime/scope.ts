import type { PlayerScope } from "../machines/scope.ts";
import type { CourseModel } from "../model/schema.ts";

export type { PlayerScope };

/** The scope as one data-attribute value: `course`, `module:<id>`, `lesson:<id>`, `assessment`. */
export function formatScope(scope: PlayerScope): string {
  switch (scope.kind) {
    case "module":
      return `module:${scope.moduleId}`;
    case "lesson":
      return `lesson:${scope.lessonId}`;
    default:
      return scope.kind;
  }
}

export function parseScope(value: string | undefined): PlayerScope {
  const [kind, id = ""] = (value ?? "course").split(":");
  if (kind === "module" && id) return { kind: "module", moduleId: id };
  if (kind === "lesson" && id) return { kind: "lesson", lessonId: id };
  if (kind === "assessment") return { kind: "assessment" };
  return { kind: "course" };
}

/**
 * The part of the model a scope needs, so a module package does not carry the whole course:
 * a module or lesson scope keeps only its module (and lesson); the assessment scope keeps every
 * bank and only lesson titles (for "review this lesson" links). Metadata and glossary stay.
 */
export function trimCourse(course: CourseModel, scope: PlayerScope): CourseModel {
  switch (scope.kind) {
    case "course":
      return course;
    case "module":
      return {
        ...course,
        intro: [],
        modules: course.modules.filter((module) => module.id === scope.moduleId),
      };
    case "lesson":
      return {
        ...course,
        intro: [],
        modules: course.modules
          .map((module) => ({
            ...module,
            lessons: module.lessons.filter((lesson) => lesson.id === scope.lessonId),
            bank: [],
          }))
          .filter((module) => module.lessons.length > 0),
      };
    case "assessment":
      return {
        ...course,
        intro: [],
        modules: course.modules.map((module) => ({
          ...module,
          lessons: module.lessons.map((lesson) => ({ ...lesson, screens: [] })),
        })),
      };
  }
}
