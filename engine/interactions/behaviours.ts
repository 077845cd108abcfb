import type { InteractionScoring, InteractionTracking, TypeScoring } from "./behaviour.ts";
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
import { scoredTypes } from "./scored-types.ts";
import { sequencingScoring } from "./sequencing/scoring.ts";
import { sequencingTracking } from "./sequencing/tracking.ts";
import { singleChoiceScoring } from "./single-choice/scoring.ts";
import { singleChoiceTracking } from "./single-choice/tracking.ts";
import { trueFalseScoring } from "./true-false/scoring.ts";
import { trueFalseTracking } from "./true-false/tracking.ts";

type InteractionOf<Type extends InteractionType> = Extract<Interaction, { type: Type }>;

interface TypeBehaviour<I> {
  scoring: TypeScoring<I>;
  tracking: InteractionTracking<I>;
}

export interface Behaviour<I> {
  scoring: InteractionScoring<I>;
  tracking: InteractionTracking<I>;
}

/**
 * The runtime behaviour of every registered type (the registry states the schemas; this map is
 * checked against it, so a type added there without scoring and tracking fails the typecheck).
 */
const typeBehaviours: { [Type in InteractionType]: TypeBehaviour<InteractionOf<Type>> } = {
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

const behaviours = new Map(
  (Object.keys(scoredTypes) as InteractionType[]).map((type) => {
    // Sound: the map above pairs each type with functions over exactly that type.
    const own = typeBehaviours[type] as unknown as TypeBehaviour<Interaction>;
    const behaviour: Behaviour<Interaction> = {
      ...own,
      scoring: { ...own.scoring, scored: scoredTypes[type] },
    };
    return [type, behaviour];
  }),
);

/** The scoring and tracking of an interaction's own type (`scoring.scored` from scored-types.ts). */
export function behaviourOf(interaction: Interaction): Behaviour<Interaction> {
  const behaviour = behaviours.get(interaction.type);
  if (!behaviour) throw new Error(`Bug: no behaviour for interaction type ${interaction.type}`);
  return behaviour;
}

export const isRequired = (interaction: Interaction): boolean => interaction.required;

/** The lesson id an assessment item names for review, if any. */
export const revisitOf = (interaction: Interaction): string | undefined => interaction.revisit;

export const hasHint = (interaction: Interaction): boolean => interaction.hint.length > 0;
