import type { InteractionResponse } from "../../interactions/behaviour.ts";
import { behaviourOf } from "../../interactions/behaviours.ts";
import type { Interaction } from "../../interactions/registry.ts";
import type { InteractionProgress } from "../interaction-progress.ts";
import { encodeResponse } from "./response-codec.ts";

/**
 * Record characters a typed answer may take. A longer one (a long answer, or one full of characters
 * the record escapes) is kept by its compact form (the fill-in answer it matched) and in full on the
 * device; that bound is what lets 60 interactions and a 16-item draw fit SCORM 1.2's 4,096.
 */
export const TEXT_RECORD_BUDGET = 60;

/** The response as the record keeps it: none when private, compact when its text is too long. */
export function recordForm(interaction: Interaction, response: InteractionResponse | undefined) {
  const { scoring } = behaviourOf(interaction);
  if (!response || scoring.privateResponse) return undefined;
  const compact = scoring.compactForm?.(interaction, response);
  const fits = response.kind !== "text" || encodeResponse(response).length <= TEXT_RECORD_BUDGET + 1;
  return compact && !fits ? compact : response;
}

/** The response of a type that takes the most room in a record (for worst-case sizes). */
export function largestRecordForm(interaction: Interaction): InteractionResponse | undefined {
  const { scoring } = behaviourOf(interaction);
  const largest = scoring.largestResponse(interaction);
  const recorded = recordForm(interaction, largest);
  if (largest.kind !== "text" || recorded === largest) return recorded;
  // A text cut to the budget is kept as text, and is longer than any compact form.
  return { kind: "text", text: largest.text.slice(0, TEXT_RECORD_BUDGET) };
}

/** Interaction progress as the record keeps it. */
export function recordedProgress(
  interactions: readonly Interaction[],
  progress: Readonly<Record<string, InteractionProgress>>,
): Record<string, InteractionProgress> {
  const result: Record<string, InteractionProgress> = {};
  for (const interaction of interactions) {
    const entry = progress[interaction.id];
    if (entry) result[interaction.id] = { ...entry, response: recordForm(interaction, entry.response) };
  }
  return result;
}
