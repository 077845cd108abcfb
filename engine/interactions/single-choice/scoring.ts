import type { InteractionScoring } from "../behaviour.ts";
import { singleAnswerScoring } from "../choice/scoring.ts";
import type { SingleChoice } from "./index.ts";

export const singleChoiceScoring: InteractionScoring<SingleChoice> = singleAnswerScoring;
