import type { InteractionTracking } from "../behaviour.ts";
import { choiceTracking } from "../choice/tracking.ts";
import type { Hotspot } from "./index.ts";

/** Choosing regions is SCORM `choice` over the region ids. */
export const hotspotTracking: InteractionTracking<Hotspot> = (interaction, response, result) =>
  choiceTracking({ options: interaction.regions }, response, result);
