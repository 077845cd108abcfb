import { behaviourOf } from "../interactions/behaviours.ts";
import type { CourseModel } from "../model/schema.ts";
import type { CompletionStatus } from "../tracking/tracker.ts";
import { type InteractionProgress, isAnswered, resultOf } from "./interaction-progress.ts";
import type { ScopePlan } from "./scope.ts";

export type CompletionRule = CourseModel["completion"]["rule"];

export interface ProgressFacts {
  plan: ScopePlan;
  visited: readonly string[];
  progress: Readonly<Record<string, InteractionProgress>>;
  /** The final assessment (when in scope) has a submitted attempt. */
  assessmentDone: boolean;
}

function scoredInteractions(plan: ScopePlan) {
  return plan.interactions.filter((interaction) => behaviourOf(interaction).scoring.scored);
}

/** Share of the work the completion rule asks for, 0..1; the assessment counts as one more step. */
export function progressMeasure(facts: ProgressFacts, rule: CompletionRule): number {
  const screens = facts.plan.steps.filter((step) => step.kind === "screen");
  const seen = screens.filter((step) => facts.visited.includes(step.address)).length;
  const scored = scoredInteractions(facts.plan);
  const answered = scored.filter((interaction) => isAnswered(facts.progress[interaction.id])).length;
  const countScreens = rule !== "all-interactions" || scored.length === 0;
  const countInteractions = rule !== "all-screens";
  const assessment = facts.plan.hasAssessment ? 1 : 0;
  const total = (countScreens ? screens.length : 0) + (countInteractions ? scored.length : 0) + assessment;
  const done =
    (countScreens ? seen : 0) + (countInteractions ? answered : 0) + (facts.assessmentDone ? assessment : 0);
  return total === 0 ? 1 : done / total;
}

export function completionOf(facts: ProgressFacts, rule: CompletionRule): CompletionStatus {
  const measure = progressMeasure(facts, rule);
  if (measure >= 1) return "completed";
  return facts.visited.length > 0 ? "incomplete" : "not-attempted";
}

/** Mean score of the scored interactions in scope (unanswered count 0), 0..1; undefined without any. */
export function lessonScore(facts: ProgressFacts): number | undefined {
  const scored = scoredInteractions(facts.plan);
  if (scored.length === 0) return undefined;
  const total = scored.reduce((sum, interaction) => {
    const progress = facts.progress[interaction.id];
    return sum + (progress ? (resultOf(interaction, progress)?.score ?? 0) : 0);
  }, 0);
  return total / scored.length;
}
