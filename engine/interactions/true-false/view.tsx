import { choiceView } from "../../runtime/interaction/choice-view.tsx";
import type { TrueFalse } from "./index.ts";

export const TrueFalseView = choiceView<TrueFalse>("radio", false);
