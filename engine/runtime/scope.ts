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
 * a module or lesson scope keeps only its module (and lesson) without its assessment bank; the
 * assessment scope keeps every bank and only lesson titles (for "review this lesson" links). The
 * glossary and media list keep only what the kept content names. Objectives and covers, which the
 * player never shows (they are for manifests and the site's pages), are left out everywhere, so a
 * package never carries a cover picture.
 */
export function trimCourse(course: CourseModel, scope: PlayerScope): CourseModel {
  return keepReferenced(withoutPageFacts(trimToScope(course, scope)));
}

function withoutPageFacts({ cover: _cover, ...course }: CourseModel): CourseModel {
  return {
    ...course,
    objectives: [],
    modules: course.modules.map(({ cover: _moduleCover, ...module }) => ({
      ...module,
      objectives: [],
      lessons: module.lessons.map((lesson) => ({ ...lesson, objective: "" })),
    })),
  };
}

const TERM_REFERENCE = /"dataTerm":"([^"]+)"/g;
const termsNamedIn = (json: string) => [...json.matchAll(TERM_REFERENCE)].flatMap((match) => match[1] ?? []);

/**
 * Glossary terms the content uses (and the terms their definitions use), and media whose path the
 * content quotes (as a package picks its media files: scorm-shared/package.ts usedMedia).
 */
function keepReferenced(course: CourseModel): CourseModel {
  const { glossary, media, ...content } = course;
  const json = JSON.stringify(content);
  const definitions = new Map(glossary.map((term) => [term.id, JSON.stringify(term.definition)]));
  const named = new Set<string>();
  const pending = termsNamedIn(json);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (named.has(id)) continue;
    named.add(id);
    pending.push(...termsNamedIn(definitions.get(id) ?? ""));
  }
  const quoted = json + [...named].map((id) => definitions.get(id) ?? "").join("");
  return {
    ...course,
    glossary: glossary.filter((term) => named.has(term.id)),
    media: media.filter((file) => quoted.includes(JSON.stringify(file.path))),
  };
}

function trimToScope(course: CourseModel, scope: PlayerScope): CourseModel {
  switch (scope.kind) {
    case "course":
      return course;
    case "module":
      return {
        ...course,
        intro: [],
        modules: course.modules
          .filter((module) => module.id === scope.moduleId)
          .map((module) => ({ ...module, bank: [] })),
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
