import type { TypeScoring } from "../behaviour.ts";
import { singleAnswerScoring } from "../choice/scoring.ts";
import type { TrueFalse } from "./index.ts";

export const trueFalseScoring: TypeScoring<TrueFalse> = singleAnswerScoring;
