import { choiceView } from "../../runtime/interaction/choice-view.tsx";
import type { MultipleResponse } from "./index.ts";

export const MultipleResponseView = choiceView<MultipleResponse>("checkbox", true);
