import { choiceView } from "../../runtime/interaction/choice-view.tsx";
import type { SingleChoice } from "./index.ts";

export const SingleChoiceView = choiceView<SingleChoice>("radio", true);
