import { CategoriseView } from "../../interactions/categorise/view.tsx";
import { ChecklistView } from "../../interactions/checklist/view.tsx";
import { FillInView } from "../../interactions/fill-in/view.tsx";
import { HotspotView } from "../../interactions/hotspot/view.tsx";
import { MatchingView } from "../../interactions/matching/view.tsx";
import { MultipleResponseView } from "../../interactions/multiple-response/view.tsx";
import { NumericView } from "../../interactions/numeric/view.tsx";
import { PollView } from "../../interactions/poll/view.tsx";
import { ReflectionView } from "../../interactions/reflection/view.tsx";
import type { Interaction, InteractionType } from "../../interactions/registry.ts";
import { ScenarioView } from "../../interactions/scenario/view.tsx";
import { SequencingView } from "../../interactions/sequencing/view.tsx";
import { SingleChoiceView } from "../../interactions/single-choice/view.tsx";
import { TrueFalseView } from "../../interactions/true-false/view.tsx";
import type { InteractionView } from "./view-contract.ts";

type InteractionOf<Type extends InteractionType> = Extract<Interaction, { type: Type }>;

/**
 * The view of every registered type (checked against the registry: a type added there without a
 * view fails the typecheck). Views import only types from their slice's index.ts, so no compiler
 * code reaches the learner's bundle.
 */
export const interactionViews: { [Type in InteractionType]: InteractionView<InteractionOf<Type>> } = {
  "single-choice": SingleChoiceView,
  "multiple-response": MultipleResponseView,
  "true-false": TrueFalseView,
  "fill-in": FillInView,
  numeric: NumericView,
  matching: MatchingView,
  sequencing: SequencingView,
  categorise: CategoriseView,
  hotspot: HotspotView,
  scenario: ScenarioView,
  checklist: ChecklistView,
  reflection: ReflectionView,
  poll: PollView,
};
