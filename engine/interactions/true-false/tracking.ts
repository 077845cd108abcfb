import type { InteractionTracking } from "../behaviour.ts";
import { trueFalseTracking as trackTrueFalse } from "../choice/tracking.ts";
import type { TrueFalse } from "./index.ts";

export const trueFalseTracking: InteractionTracking<TrueFalse> = trackTrueFalse;
