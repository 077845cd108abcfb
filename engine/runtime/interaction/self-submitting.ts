import type { InteractionType } from "../../interactions/registry.ts";

/**
 * Types whose view submits the answer itself once it is complete (a scenario at its ending): they
 * have no Check button, and focus stays where the view put it.
 */
export const selfSubmittingTypes: ReadonlySet<InteractionType> = new Set(["scenario"]);
