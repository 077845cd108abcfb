import type { InteractionScoring } from "../behaviour.ts";
import { singleAnswerScoring } from "../choice/scoring.ts";
import type { TrueFalse } from "./index.ts";

export const trueFalseScoring: InteractionScoring<TrueFalse> = singleAnswerScoring;
