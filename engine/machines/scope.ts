import type { Interaction } from "../interactions/registry.ts";
import type { Block, Lesson, Module } from "../model/schema.ts";

/** The part of the model a plan reads (the compiler plans before it adds record sizes). */
export type PlannableModule = Pick<Module, "id" | "title" | "scored" | "grade" | "lessons" | "bank">;
export interface PlannableCourse {
  modules: readonly PlannableModule[];
}

/** What one player instance covers: a SCORM package per course or module, a site page, the exam. */
export type PlayerScope =
  | { kind: "course" }
  | { kind: "module"; moduleId: string }
  | { kind: "lesson"; lessonId: string }
  | { kind: "assessment" };

/** One step of the player: a lesson screen, or the final assessment (always last). */
export type Step =
  | {
      kind: "screen";
      /** Stable address, the bookmark: `<lesson id>/<screen number from 1>`. */
      address: string;
      moduleId: string;
      lessonId: string;
      /** 0-based index of the screen within its lesson. */
      screenIndex: number;
      screenCount: number;
      interactions: Interaction[];
    }
  | { kind: "assessment"; address: typeof ASSESSMENT_ADDRESS };

export const ASSESSMENT_ADDRESS = "assessment";

export interface ScopePlan {
  scope: PlayerScope;
  modules: PlannableModule[];
  steps: Step[];
  /** Every interaction in the lessons of the scope (not the assessment bank), in order. */
  interactions: Interaction[];
  /** Where each interaction sits: its lesson id (the objective) and step index. */
  lessonOf: Map<string, string>;
  hasAssessment: boolean;
  /** Every module's bank items when the scope has the final assessment (its draw comes from them). */
  bank: Interaction[];
}

/** The interactions among blocks, callouts included. */
export function interactionsIn(blocks: Block[]): Interaction[] {
  return blocks.flatMap((block): Interaction[] => {
    if (block.kind === "interaction") return [block];
    if (block.kind === "callout") return interactionsIn(block.content);
    return [];
  });
}

function screensOf(module: PlannableModule, lesson: Lesson): Step[] {
  return lesson.screens.map((screen, screenIndex) => ({
    kind: "screen",
    address: `${lesson.id}/${screenIndex + 1}`,
    moduleId: module.id,
    lessonId: lesson.id,
    screenIndex,
    screenCount: lesson.screens.length,
    interactions: interactionsIn(screen.blocks),
  }));
}

/** Whether any module has an assessment bank (so the course has a final assessment). */
export function courseHasAssessment(course: PlannableCourse): boolean {
  return course.modules.some((module) => module.bank.length > 0);
}

function selectLessons(course: PlannableCourse, scope: PlayerScope): Array<[PlannableModule, Lesson]> {
  const all = course.modules.flatMap((module) =>
    module.lessons.map((lesson): [PlannableModule, Lesson] => [module, lesson]),
  );
  switch (scope.kind) {
    case "course":
      return all;
    case "module":
      return all.filter(([module]) => module.id === scope.moduleId);
    case "lesson":
      return all.filter(([, lesson]) => lesson.id === scope.lessonId);
    case "assessment":
      return [];
  }
}

/**
 * The ordered steps of a scope. An unknown module or lesson id gives an empty plan (the caller
 * checks `steps.length`): ids come from the compiled model, so that is a bug, not content.
 */
export function planScope(course: PlannableCourse, scope: PlayerScope): ScopePlan {
  const lessons = selectLessons(course, scope);
  const withAssessment =
    (scope.kind === "course" || scope.kind === "assessment") && courseHasAssessment(course);
  const screens = lessons.flatMap(([module, lesson]) => screensOf(module, lesson));
  const steps: Step[] = withAssessment
    ? [...screens, { kind: "assessment", address: ASSESSMENT_ADDRESS }]
    : screens;
  const lessonOf = new Map<string, string>();
  const interactions: Interaction[] = [];
  for (const step of screens) {
    if (step.kind !== "screen") continue;
    for (const interaction of step.interactions) {
      lessonOf.set(interaction.id, step.lessonId);
      interactions.push(interaction);
    }
  }
  const moduleIds = new Set(lessons.map(([module]) => module.id));
  return {
    scope,
    modules: course.modules.filter((module) => moduleIds.has(module.id)),
    steps,
    interactions,
    lessonOf,
    hasAssessment: withAssessment,
    bank: withAssessment ? course.modules.flatMap((module) => module.bank) : [],
  };
}
