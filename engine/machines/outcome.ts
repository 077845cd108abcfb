import type { CompletionStatus, Score, SuccessStatus } from "../tracking/tracker.ts";
import { resolveItems } from "./assessment.machine.ts";
import { assessmentOutcome } from "./assessment-progress.ts";
import { completionOf, lessonScore, progressMeasure } from "./completion.ts";
import { type CourseContext, factsOf } from "./course.machine.ts";

export interface ScopeOutcome {
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Undefined while nothing scored is final (the LMS keeps what it has). */
  score: Score | undefined;
}

const asScore = (share: number): Score => {
  const raw = Math.round(share * 100);
  return { raw, min: 0, max: 100, scaled: raw / 100 };
};

/**
 * What a scope reports: completion by the course's rule; with the final assessment in scope, the
 * score and verdict of the attempt under review; for a scored module (or lesson of one), the mean
 * score of its interactions, judged against the pass mark once every scored one is answered; for
 * unscored modules graded on completion (the default, `grade: completion`), full marks once the
 * completion rule is met and no score before — Moodle's default "highest grade" would otherwise
 * show a finished module as 0 (STANDARDS.md §6.4, §6.9); with `grade: none`, no score.
 */
export function scopeOutcome(context: CourseContext): ScopeOutcome {
  const facts = factsOf(context);
  const completion = completionOf(facts, context.course.completion.rule);
  const { passMark } = context.course.assessment;
  if (context.plan.hasAssessment) {
    const assessment = context.assessment;
    if (assessment?.phase !== "review") return { completion, success: "unknown", score: undefined };
    const items = resolveItems(context.course.modules, assessment.itemIds);
    const outcome = assessmentOutcome(items, assessment.responses, passMark);
    return {
      completion,
      success: outcome.passed ? "passed" : "failed",
      score: asScore(outcome.percent / 100),
    };
  }
  const share = context.plan.modules.some((module) => module.scored) ? lessonScore(facts) : undefined;
  if (share === undefined) {
    const graded = context.plan.modules.some((module) => module.grade === "completion");
    const score = graded && completion === "completed" ? asScore(1) : undefined;
    return { completion, success: "unknown", score };
  }
  const allAnswered = progressMeasure(facts, "all-interactions") >= 1;
  const success = !allAnswered ? "unknown" : share * 100 >= passMark ? "passed" : "failed";
  return { completion, success, score: asScore(share) };
}
