/**
 * The responses of one journaled interaction, as the version writes them: only kinds that fit the
 * interaction's CMI type (a numeric question never sends free text as its learner_response), no empty
 * values, and in 1.2 identifiers of one character, as the 1.2 CMIFeedback formats require
 * (STANDARDS.md §1.3: "generate single-char ids").
 */
import { formatResponse, type ScormVersion } from "./cmi-formats.ts";
import type { InteractionRecord, TrackedInteractionType, TrackedResponse } from "./tracker.ts";

type Kind = TrackedResponse["kind"];

/** Which response kinds each type's learner_response / pattern format can hold (RTE 4.2.9, §2.3). */
const KINDS: Record<TrackedInteractionType, readonly Kind[]> = {
  "true-false": ["true-false"],
  choice: ["choice"],
  "fill-in": ["fill-in", "other"],
  "long-fill-in": ["fill-in", "other"],
  matching: ["matching"],
  performance: ["performance"],
  sequencing: ["sequencing"],
  likert: ["likert"],
  numeric: ["numeric", "numeric-range"],
  other: [
    "true-false",
    "choice",
    "fill-in",
    "numeric",
    "matching",
    "sequencing",
    "likert",
    "performance",
    "other",
  ],
};

const SINGLE_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Identifiers 1.2 wants as single characters (performance is free text there). */
function idsOf(response: TrackedResponse): string[] {
  switch (response.kind) {
    case "choice":
    case "sequencing":
      return response.ids;
    case "likert":
      return [response.id];
    case "matching":
      return response.pairs.flat();
    default:
      return [];
  }
}

function renamed(response: TrackedResponse, rename: (id: string) => string): TrackedResponse {
  switch (response.kind) {
    case "choice":
    case "sequencing":
      return { ...response, ids: response.ids.map(rename) };
    case "likert":
      return { ...response, id: rename(response.id) };
    case "matching":
      return {
        ...response,
        pairs: response.pairs.map(([source, target]) => [rename(source), rename(target)]),
      };
    default:
      return response;
  }
}

/**
 * 1.2 wants `[0-9a-z]` identifiers. When an interaction's ids are longer (bucket, region or scene
 * ids), they are renamed to `a`, `b`, … in sorted order, the same way in the learner response and
 * the patterns, so the two still compare. More than 36 ids cannot be renamed and are kept.
 */
function singleCharacterIds(responses: TrackedResponse[]): TrackedResponse[] {
  const ids = [...new Set(responses.flatMap(idsOf))].sort();
  if (ids.every((id) => /^[0-9a-z]$/.test(id)) || ids.length > SINGLE_CHARACTERS.length) return responses;
  const names = new Map(ids.map((id, index) => [id, SINGLE_CHARACTERS[index] ?? id]));
  return responses.map((response) => renamed(response, (id) => names.get(id) ?? id));
}

/** 2004 short identifiers are `[\w.]{1,250}` in Moodle (§6.3): anything else becomes `_`. */
function shortIdentifiers(responses: TrackedResponse[]): TrackedResponse[] {
  const safe = (id: string) => (id.replace(/[^\w.]/g, "_") || "_").slice(0, 250);
  return responses.map((response) => renamed(response, safe));
}

export interface FormattedResponses {
  learner: string | undefined;
  patterns: string[];
}

export function formatInteractionResponses(
  interaction: InteractionRecord,
  version: ScormVersion,
): FormattedResponses {
  const fits = (response: TrackedResponse) => KINDS[interaction.type].includes(response.kind);
  const all = [interaction.learnerResponse, ...interaction.correctResponses];
  const [learner, ...correct] = version === "scorm12" ? singleCharacterIds(all) : shortIdentifiers(all);
  const format = (response: TrackedResponse | undefined, pattern: boolean) =>
    response && fits(response) ? formatResponse(response, version, pattern) : undefined;
  const nonEmpty = (value: string | undefined): value is string => value !== undefined && value !== "";
  const learnerText = format(learner, false);
  // An empty value says nothing and some formats reject it (CMIString256 {1,256} in old Moodle 1.2 players).
  return {
    learner: nonEmpty(learnerText) ? learnerText : undefined,
    patterns: correct.map((response) => format(response, true)).filter(nonEmpty),
  };
}
