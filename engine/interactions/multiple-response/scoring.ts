import type { InteractionScoring } from "../behaviour.ts";
import { multipleAnswerScoring } from "../choice/scoring.ts";
import type { MultipleResponse } from "./index.ts";

export const multipleResponseScoring: InteractionScoring<MultipleResponse> = multipleAnswerScoring;
