import { isRequired } from "../interactions/behaviours.ts";
import type { InteractionProgress } from "./interaction-progress.ts";
import { isAnswered } from "./interaction-progress.ts";
import type { ScopePlan, Step } from "./scope.ts";

interface GatingFacts {
  plan: ScopePlan;
  position: number;
  interactions: Readonly<Record<string, InteractionProgress>>;
}

/** Index of a step by its address; -1 when unknown (e.g. a lesson removed since the bookmark). */
export function stepIndexOf(plan: ScopePlan, address: string | undefined): number {
  return address === undefined ? -1 : plan.steps.findIndex((step) => step.address === address);
}

/** The required interactions of a step that are not answered yet. */
export function unansweredRequired(
  step: Step | undefined,
  interactions: GatingFacts["interactions"],
): string[] {
  if (step?.kind !== "screen") return [];
  return step.interactions
    .filter((interaction) => isRequired(interaction) && !isAnswered(interactions[interaction.id]))
    .map((interaction) => interaction.id);
}

/**
 * A step can be reached when it exists and, going forward, no step between here and there holds
 * an unanswered required interaction (gating). Going back is always open.
 */
export function isStepOpen(facts: GatingFacts, index: number): boolean {
  if (index < 0 || index >= facts.plan.steps.length || index === facts.position) return false;
  for (let step = facts.position; step < index; step++) {
    if (unansweredRequired(facts.plan.steps[step], facts.interactions).length > 0) return false;
  }
  return true;
}
