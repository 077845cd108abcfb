/**
 * An answered interaction as xAPI: the object is the interaction's activity with its
 * cmi.interaction definition (type, correctResponsesPattern, and the choices, sources and targets,
 * or steps the type needs), the result says what the learner answered and how it went. Responses
 * use the SCORM 2004 formats, which xAPI adopted. A reflection sends no response: its text stays on
 * the device (its tracking gives an empty one, dropped here).
 */
import { CMI_RULES } from "../cmi-formats.ts";
import { formatInteractionResponses } from "../interaction-responses.ts";
import type { InteractionRecord, TrackedResponse } from "../tracker.ts";
import { formatDuration, INTERACTION_TYPE } from "./statements.ts";

type Components = Partial<Record<"choices" | "source" | "target" | "steps" | "scale", Array<{ id: string }>>>;

const safeId = (id: string) => id.replace(/[^\w.]/g, "_") || "_";
const listed = (ids: Iterable<string>) => [...new Set(ids)].map((id) => ({ id: safeId(id) }));

/** The components a type's definition lists, from the ids its responses name. */
function componentsOf(record: InteractionRecord): Components {
  const responses: TrackedResponse[] = [record.learnerResponse, ...record.correctResponses];
  const ids = (pick: (response: TrackedResponse) => string[]) => listed(responses.flatMap(pick));
  switch (record.type) {
    case "choice":
      return { choices: ids((response) => (response.kind === "choice" ? response.ids : [])) };
    case "sequencing":
      return { choices: ids((response) => (response.kind === "sequencing" ? response.ids : [])) };
    case "likert":
      return { scale: ids((response) => (response.kind === "likert" ? [response.id] : [])) };
    case "matching":
      return {
        source: ids((response) =>
          response.kind === "matching" ? response.pairs.map(([source]) => source) : [],
        ),
        target: ids((response) =>
          response.kind === "matching" ? response.pairs.map(([, target]) => target) : [],
        ),
      };
    case "performance":
      return {
        steps: ids((response) =>
          response.kind === "performance" ? response.steps.map(([step]) => step) : [],
        ),
      };
    default:
      return {};
  }
}

export function interactionDefinition(record: InteractionRecord, lang: string): Record<string, unknown> {
  const { patterns } = formatInteractionResponses(record, "scorm2004");
  const definition: Record<string, unknown> = {
    type: INTERACTION_TYPE,
    interactionType: CMI_RULES.scorm2004.types[record.type],
    ...componentsOf(record),
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
