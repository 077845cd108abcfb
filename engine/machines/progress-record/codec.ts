import type { PlayerProgress } from "../course.machine.ts";
import type { ScopePlan } from "../scope.ts";
import {
  CURRENT_VERSION,
  type DecodeTally,
  decodeAssessment,
  decodeInteractions,
  decodeLocation,
  decodeVisited,
  entriesOf,
  knownIds,
  splitRecord,
} from "./decode.ts";
import { hashKey } from "./keys.ts";

export { encodeRecord } from "./encode.ts";

/**
 * How a saved record was read. `fresh`: there was none. `restored`: read in full (entries naming
 * interactions removed since are dropped: `dropped` counts them). `partial`: damaged (truncated,
 * corrupted), resumed as far as it could be. `reset`: unreadable or from an unknown version; starts fresh.
 */
export type RecordRecovery = "fresh" | "restored" | "partial" | "reset";

export interface DecodedRecord {
  progress: PlayerProgress;
  recovery: RecordRecovery;
  /** Entries for ids the model no longer has (republished), and entries that did not parse. */
  dropped: number;
}

export const EMPTY_PROGRESS: PlayerProgress = {
  location: undefined,
  visited: [],
  interactions: {},
  assessment: undefined,
};

function isEmpty(progress: PlayerProgress): boolean {
  return (
    progress.location === undefined &&
    progress.visited.length === 0 &&
    Object.keys(progress.interactions).length === 0 &&
    progress.assessment === undefined
  );
}

/** Only the checksum was cut short: the body before it is whole. */
function onlyChecksumCut(record: string, body: string): boolean {
  const at = record.lastIndexOf("!");
  const checksum = record.slice(at + 1);
  return at >= 0 && checksum.length > 0 && hashKey(body).startsWith(checksum);
}

/**
 * The record → player progress, for the current model. Never throws: a damaged record is read
 * as far as its entries stay valid (the last entry of a cut record is dropped, it may be cut too).
 */
export function decodeRecord(plan: ScopePlan, record: string | undefined): DecodedRecord {
  if (!record) return { progress: EMPTY_PROGRESS, recovery: "fresh", dropped: 0 };
  const { sections, intact, version } = splitRecord(record);
  if (version !== CURRENT_VERSION) return { progress: EMPTY_PROGRESS, recovery: "reset", dropped: 0 };
  const body = sections.join("|");
  const whole = intact || onlyChecksumCut(record, body);
  const [, location = "", visited, interactions, assessment] = sections;
  const entries = [entriesOf(visited), entriesOf(interactions), entriesOf(assessment)];
  if (!whole) entries.findLast((list) => list.length > 0)?.pop();
  const [visitedEntries = [], interactionEntries = [], assessmentEntries = []] = entries;
  const known = knownIds(plan);
  const tally: DecodeTally = { malformed: 0, unknown: 0 };
  const progress: PlayerProgress = {
    location: decodeLocation(plan, known, location),
    visited: decodeVisited(plan, known, visitedEntries, tally),
    interactions: decodeInteractions(known, interactionEntries, tally),
    assessment: decodeAssessment(known, assessmentEntries, tally),
  };
  const dropped = tally.malformed + tally.unknown;
  if (intact && tally.malformed === 0) return { progress, recovery: "restored", dropped };
  return { progress, recovery: isEmpty(progress) ? "reset" : "partial", dropped };
}
