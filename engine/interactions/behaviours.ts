import type { InteractionScoring, InteractionTracking } from "./behaviour.ts";
import { categoriseScoring } from "./categorise/scoring.ts";
import { categoriseTracking } from "./categorise/tracking.ts";
import { checklistScoring } from "./checklist/scoring.ts";
import { checklistTracking } from "./checklist/tracking.ts";
import { fillInScoring } from "./fill-in/scoring.ts";
import { fillInTracking } from "./fill-in/tracking.ts";
import { hotspotScoring } from "./hotspot/scoring.ts";
import { hotspotTracking } from "./hotspot/tracking.ts";
import { matchingScoring } from "./matching/scoring.ts";
import { matchingTracking } from "./matching/tracking.ts";
import { multipleResponseScoring } from "./multiple-response/scoring.ts";
import { multipleResponseTracking } from "./multiple-response/tracking.ts";
import { numericScoring } from "./numeric/scoring.ts";
import { numericTracking } from "./numeric/tracking.ts";
import { pollScoring } from "./poll/scoring.ts";
import { pollTracking } from "./poll/tracking.ts";
import { reflectionScoring } from "./reflection/scoring.ts";
import { reflectionTracking } from "./reflection/tracking.ts";
import type { Interaction, InteractionType } from "./registry.ts";
import { scenarioScoring } from "./scenario/scoring.ts";
import { scenarioTracking } from "./scenario/tracking.ts";
import { sequencingScoring } from "./sequencing/scoring.ts";
import { sequencingTracking } from "./sequencing/tracking.ts";
import { singleChoiceScoring } from "./single-choice/scoring.ts";
import { singleChoiceTracking } from "./single-choice/tracking.ts";
import { trueFalseScoring } from "./true-false/scoring.ts";
import { trueFalseTracking } from "./true-false/tracking.ts";

type InteractionOf<Type extends InteractionType> = Extract<Interaction, { type: Type }>;

interface Behaviour<I> {
  scoring: InteractionScoring<I>;
  tracking: InteractionTracking<I>;
}

/**
 * The runtime behaviour of every registered type (the registry states the schemas; this map is
 * checked against it, so a type added there without scoring and tracking fails the typecheck).
 */
const behaviours: { [Type in InteractionType]: Behaviour<InteractionOf<Type>> } = {
  "single-choice": { scoring: singleChoiceScoring, tracking: singleChoiceTracking },
  "multiple-response": { scoring: multipleResponseScoring, tracking: multipleResponseTracking },
  "true-false": { scoring: trueFalseScoring, tracking: trueFalseTracking },
  "fill-in": { scoring: fillInScoring, tracking: fillInTracking },
  numeric: { scoring: numericScoring, tracking: numericTracking },
  matching: { scoring: matchingScoring, tracking: matchingTracking },
  sequencing: { scoring: sequencingScoring, tracking: sequencingTracking },
  categorise: { scoring: categoriseScoring, tracking: categoriseTracking },
  hotspot: { scoring: hotspotScoring, tracking: hotspotTracking },
  scenario: { scoring: scenarioScoring, tracking: scenarioTracking },
  checklist: { scoring: checklistScoring, tracking: checklistTracking },
  reflection: { scoring: reflectionScoring, tracking: reflectionTracking },
  poll: { scoring: pollScoring, tracking: pollTracking },
};

/** The scoring and tracking of an interaction's own type. */
export function behaviourOf(interaction: Interaction): Behaviour<Interaction> {
  // Sound: the map above pairs each type with functions over exactly that type.
  return behaviours[interaction.type] as unknown as Behaviour<Interaction>;
}

/** Optional common fields, read without assuming every type's schema declares them. */
export function isRequired(interaction: Interaction): boolean {
  return "required" in interaction && interaction.required === true;
}

/** The lesson id an assessment item names for review, if any. */
export function revisitOf(interaction: Interaction): string | undefined {
  return "revisit" in interaction && typeof interaction.revisit === "string"
    ? interaction.revisit
    : undefined;
}

export function hasHint(interaction: Interaction): boolean {
  return "hint" in interaction && Array.isArray(interaction.hint) && interaction.hint.length > 0;
}
