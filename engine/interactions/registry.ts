import { categorise } from "./categorise/index.ts";
import { checklist } from "./checklist/index.ts";
import { fillIn } from "./fill-in/index.ts";
import { hotspot } from "./hotspot/index.ts";
import { matching } from "./matching/index.ts";
import { multipleResponse } from "./multiple-response/index.ts";
import { numeric } from "./numeric/index.ts";
import { poll } from "./poll/index.ts";
import { reflection } from "./reflection/index.ts";
import { scenario } from "./scenario/index.ts";
import { sequencing } from "./sequencing/index.ts";
import { singleChoice } from "./single-choice/index.ts";
import { trueFalse } from "./true-false/index.ts";

/** Every interaction type, registered once. Each layer iterates this list. */
export const interactionSlices = [
  singleChoice,
  multipleResponse,
  trueFalse,
  fillIn,
  numeric,
  matching,
  sequencing,
  categorise,
  hotspot,
  scenario,
  checklist,
  reflection,
  poll,
] as const;

export type Interaction = ReturnType<(typeof interactionSlices)[number]["schema"]["parse"]>;
export type InteractionType = Interaction["type"];

/** The directive names of all interactions (a type's directive is named after it). */
export const interactionNames: ReadonlySet<string> = new Set(interactionSlices.map((slice) => slice.name));
