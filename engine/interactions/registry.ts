import { multipleResponse } from "./multiple-response/index.ts";
import { singleChoice } from "./single-choice/index.ts";
import { trueFalse } from "./true-false/index.ts";

/** Every interaction type, registered once. Each layer iterates this list. */
export const interactionSlices = [singleChoice, multipleResponse, trueFalse] as const;

export type Interaction = ReturnType<(typeof interactionSlices)[number]["schema"]["parse"]>;
export type InteractionType = Interaction["type"];
