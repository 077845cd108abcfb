import type { TypeScoring } from "../behaviour.ts";
import { multipleAnswerScoring } from "../choice/scoring.ts";
import type { MultipleResponse } from "./index.ts";

export const multipleResponseScoring: TypeScoring<MultipleResponse> = multipleAnswerScoring;
