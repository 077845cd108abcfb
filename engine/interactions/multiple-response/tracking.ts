import type { InteractionTracking } from "../behaviour.ts";
import { choiceTracking } from "../choice/tracking.ts";
import type { MultipleResponse } from "./index.ts";

export const multipleResponseTracking: InteractionTracking<MultipleResponse> = choiceTracking;
