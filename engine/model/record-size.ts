import type { Interaction } from "../interactions/registry.ts";
import type { AssessmentProgress } from "../machines/assessment-progress.ts";
import type { PlayerProgress } from "../machines/course.machine.ts";
import { encodeRecord } from "../machines/progress-record/encode.ts";
import { largestRecordForm } from "../machines/progress-record/record-form.ts";
import {
  MAX_SEED,
  MAX_STORED_ASSESSMENT_ATTEMPTS,
  MAX_STORED_ATTEMPTS,
} from "../machines/progress-record/record-format.ts";
import { encodeResponse } from "../machines/progress-record/response-codec.ts";
import { type PlannableCourse, type PlayerScope, planScope, type ScopePlan } from "../machines/scope.ts";
import type { CourseModel } from "./schema.ts";

/** What the size depends on: the lessons and banks, and how many bank items an attempt draws. */
export type SizedCourse = PlannableCourse & { assessment: Pick<CourseModel["assessment"], "perModule"> };

const largestResponse = largestRecordForm;

/** The `perModule` bank items of each module whose answers take the most room. */
function largestDraw(course: SizedCourse): Interaction[] {
  const size = (item: Interaction) => encodeResponse(largestResponse(item)).length;
  return course.modules.flatMap((module) =>
    [...module.bank].sort((a, b) => size(b) - size(a)).slice(0, course.assessment.perModule),
  );
}

function worstAssessment(course: SizedCourse): AssessmentProgress {
  const items = largestDraw(course);
  return {
    phase: "answering",
    seed: MAX_SEED,
    attemptsUsed: MAX_STORED_ASSESSMENT_ATTEMPTS,
    itemIds: items.map((item) => item.id),
    responses: Object.fromEntries(
      items.flatMap((item) => {
        const response = largestResponse(item);
        return response ? [[item.id, response]] : [];
      }),
    ),
  };
}

function worstProgress(course: SizedCourse, plan: ScopePlan): PlayerProgress {
  const screens = plan.steps.filter((step) => step.kind === "screen");
  const farthest = [...screens].sort((a, b) => b.screenIndex - a.screenIndex)[0];
  return {
    location: farthest?.address,
    visited: screens.map((step) => step.address),
    interactions: Object.fromEntries(
      plan.interactions.map((interaction) => [
        interaction.id,
        {
          phase: "revealed" as const,
          response: largestResponse(interaction),
          attemptsUsed: MAX_STORED_ATTEMPTS,
          hintShown: true,
        },
      ]),
    ),
    assessment: plan.hasAssessment ? worstAssessment(course) : undefined,
  };
}

/**
 * The longest progress record a scope can produce: every screen seen, every interaction answered
 * with the response that takes the most room in a record (free text at its maxlength, or at the
 * record's text budget where a compact form takes over), and the assessment draw that takes the
 * most room. Encoded by the real codec, so it cannot drift from it.
 */
export function worstCaseRecord(course: SizedCourse, scope: PlayerScope): string {
  const plan = planScope(course, scope);
  return encodeRecord(plan, worstProgress(course, plan));
}

/**
 * Worst-case record sizes for the model: per module (a SCORM package per module) and for the final
 * assessment alone. A whole-course record is at most their sum (each part counts its own header).
 */
export function recordSizes(course: SizedCourse): { modules: Map<string, number>; assessment: number } {
  const modules = new Map(
    course.modules.map((module) => [
      module.id,
      worstCaseRecord(course, { kind: "module", moduleId: module.id }).length,
    ]),
  );
  const hasBank = course.modules.some((module) => module.bank.length > 0);
  return { modules, assessment: hasBank ? worstCaseRecord(course, { kind: "assessment" }).length : 0 };
}
