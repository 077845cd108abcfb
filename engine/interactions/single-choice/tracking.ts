import type { InteractionTracking } from "../behaviour.ts";
import { choiceTracking } from "../choice/tracking.ts";
import type { SingleChoice } from "./index.ts";

export const singleChoiceTracking: InteractionTracking<SingleChoice> = choiceTracking;
