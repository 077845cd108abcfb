/**
 * An answered interaction as xAPI: the object is the interaction's activity with its
 * cmi.interaction definition (type, correctResponsesPattern, and every choice, source and target,
 * step or scale point the type lists, with its text), the result says what the learner answered and how it went. Responses
 * use the SCORM 2004 formats, which xAPI adopted. A reflection sends no response: its text stays on
 * the device (its tracking gives an empty one, dropped here).
 */
import type { InteractionComponents } from "../../interactions/components.ts";
import { CMI_RULES } from "../cmi-formats.ts";
import { formatInteractionResponses } from "../interaction-responses.ts";
import type { InteractionRecord } from "../tracker.ts";
import { formatDuration, INTERACTION_TYPE } from "./statements.ts";

/** Every component the type lists, each with its text in the course language. */
function listed(components: InteractionComponents, lang: string): Record<string, unknown> {
  const lists: Record<string, unknown> = {};
  for (const [key, items] of Object.entries(components)) {
    lists[key] = items.map(({ id, text }) => (text ? { id, description: { [lang]: text } } : { id }));
  }
  return lists;
}

export function interactionDefinition(
  record: InteractionRecord,
  lang: string,
  components: InteractionComponents = {},
): Record<string, unknown> {
  const { patterns } = formatInteractionResponses(record, "scorm2004");
  const definition: Record<string, unknown> = {
    type: INTERACTION_TYPE,
    interactionType: CMI_RULES.scorm2004.types[record.type],
    ...listed(components, lang),
  };
  if (record.description) {
    definition.name = { [lang]: record.description.slice(0, 250) };
    definition.description = { [lang]: record.description };
  }
  if (patterns.length > 0) definition.correctResponsesPattern = patterns;
  return definition;
}

export function interactionResult(record: InteractionRecord): Record<string, unknown> {
  const { learner } = formatInteractionResponses(record, "scorm2004");
  const result: Record<string, unknown> = { duration: formatDuration(record.latencyMs) };
  if (learner !== undefined) result.response = learner;
  if (record.result === "correct" || record.result === "incorrect")
    result.success = record.result === "correct";
  else if (typeof record.result === "number") {
    result.success = record.result >= 1;
    result.score = { scaled: Math.min(1, Math.max(-1, record.result)) };
  }
  return result;
}
