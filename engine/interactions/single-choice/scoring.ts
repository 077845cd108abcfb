import type { TypeScoring } from "../behaviour.ts";
import { singleAnswerScoring } from "../choice/scoring.ts";
import type { SingleChoice } from "./index.ts";

export const singleChoiceScoring: TypeScoring<SingleChoice> = singleAnswerScoring;
