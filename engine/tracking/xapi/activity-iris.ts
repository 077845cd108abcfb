/**
 * Activity IRIs of a course's xAPI and cmi5 packages, derived from ids only (never from titles), so
 * they stay the same across builds and rewording, and unique per course, module, lesson,
 * assessment and interaction (STANDARDS.md §3.1–3.2). Shared by the exporters and the runtime.
 */

/** Why a course.md `iriBase` cannot be the base of activity IRIs, or undefined when it can. */
export function iriBaseProblem(value: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value))
    return "not an absolute IRI (it has no scheme such as https:)";
  if (/[\s<>"{}|\\^`]/.test(value)) return "not an IRI (it has a space or a character IRIs forbid)";
  if (/[?#]/.test(value))
    return "a base with a query or fragment (activity ids are appended as path segments)";
  if (!URL.canParse(value)) return "not an absolute IRI";
  const { host, protocol } = new URL(value);
  if ((protocol === "http:" || protocol === "https:") && host === "") return "an IRI without a host";
  return undefined;
}

export interface ActivityIris {
  course: string;
  module(moduleId: string): string;
  lesson(lessonId: string): string;
  assessment: string;
  interaction(interactionId: string): string;
  /** A package's own course structure (cmi5 `<course>` of a one-module package). */
  package(partName: string): string;
}

/** `https://learn.example.org/courses` + course `sample` → `…/courses/sample/modules/basics`, … */
export function activityIris(iriBase: string, courseId: string): ActivityIris {
  const course = `${iriBase.replace(/\/+$/, "")}/${courseId}`;
  return {
    course,
    module: (moduleId) => `${course}/modules/${moduleId}`,
    lesson: (lessonId) => `${course}/lessons/${lessonId}`,
    assessment: `${course}/assessment`,
    interaction: (interactionId) => `${course}/interactions/${interactionId}`,
    package: (partName) => `${course}/packages/${partName}`,
  };
}

/** What a package or AU plays (the runtime's PlayerScope). */
export type ScopeOfActivity =
  | { kind: "course" }
  | { kind: "module"; moduleId: string }
  | { kind: "lesson"; lessonId: string }
  | { kind: "assessment" };

/** The activity a package (or cmi5 AU) of this scope stands for: its tincan.xml / cmi5.xml id. */
export function activityOfScope(iris: ActivityIris, scope: ScopeOfActivity): string {
  switch (scope.kind) {
    case "module":
      return iris.module(scope.moduleId);
    case "lesson":
      return iris.lesson(scope.lessonId);
    case "assessment":
      return iris.assessment;
    default:
      return iris.course;
  }
}
