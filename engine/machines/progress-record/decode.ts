import type { InteractionResponse } from "../../interactions/behaviour.ts";
import type { AssessmentProgress } from "../assessment-progress.ts";
import type { PlayerProgress } from "../course.machine.ts";
import type { InteractionProgress } from "../interaction-progress.ts";
import { ASSESSMENT_ADDRESS, type ScopePlan } from "../scope.ts";
import { hashKey, KEY_LENGTH, keyIndex } from "./keys.ts";
import {
  ASSESSMENT_LOCATION,
  ASSESSMENT_PHASES,
  INTERACTION_PHASES,
  RECORD_VERSION,
} from "./record-format.ts";
import { decodeResponse } from "./response-codec.ts";
import { decodeCount, SEPARATORS } from "./text.ts";

/** Ids the record may name: the scope's lessons and interactions, and every bank item. */
export interface KnownIds {
  lessons: Map<string, string>;
  interactions: Map<string, string>;
  bank: Map<string, string>;
}

export function knownIds(plan: ScopePlan): KnownIds {
  const lessonIds = plan.steps.flatMap((step) => (step.kind === "screen" ? [step.lessonId] : []));
  return {
    lessons: keyIndex(lessonIds),
    interactions: keyIndex(plan.interactions.map((interaction) => interaction.id)),
    bank: keyIndex(plan.bank.map((item) => item.id)),
  };
}

/** Counts what could not be used, so the caller can tell damage from republishing. */
export interface DecodeTally {
  /** Entries that did not parse (damage). */
  malformed: number;
  /** Well-formed entries naming ids the model no longer has (republished course). */
  unknown: number;
}

function screensOf(plan: ScopePlan, lessonId: string) {
  return plan.steps.flatMap((step) => (step.kind === "screen" && step.lessonId === lessonId ? [step] : []));
}

export function decodeLocation(plan: ScopePlan, known: KnownIds, text: string): string | undefined {
  if (text === ASSESSMENT_LOCATION) return plan.hasAssessment ? ASSESSMENT_ADDRESS : undefined;
  const lessonId = known.lessons.get(text.slice(0, KEY_LENGTH));
  const index = decodeCount(text.slice(KEY_LENGTH + 1));
  if (!lessonId || index === undefined) return undefined;
  const screens = screensOf(plan, lessonId);
  // A lesson that lost screens resumes at its last one.
  return screens[Math.min(index, screens.length - 1)]?.address;
}

export function decodeVisited(
  plan: ScopePlan,
  known: KnownIds,
  entries: string[],
  tally: DecodeTally,
): string[] {
  return entries.flatMap((entry) => {
    const mask = decodeCount(entry.slice(KEY_LENGTH));
    const lessonId = known.lessons.get(entry.slice(0, KEY_LENGTH));
    if (mask === undefined) tally.malformed++;
    else if (!lessonId) tally.unknown++;
    if (mask === undefined || !lessonId) return [];
    return screensOf(plan, lessonId)
      .filter((step) => Math.floor(mask / 2 ** step.screenIndex) % 2 === 1)
      .map((step) => step.address);
  });
}

function decodeInteraction(entry: string): [string, InteractionProgress] | undefined {
  const [head = "", response = "", extra] = entry.split(SEPARATORS.field);
  const state = decodeCount(head.charAt(KEY_LENGTH));
  const attemptsUsed = decodeCount(head.slice(KEY_LENGTH + 1));
  const phase = INTERACTION_PHASES[Math.floor((state ?? -2) / 2)];
  const decoded = decodeResponse(response);
  if (
    extra !== undefined ||
    state === undefined ||
    attemptsUsed === undefined ||
    !phase ||
    decoded === undefined
  )
    return undefined;
  const progress = { phase, response: decoded ?? undefined, attemptsUsed, hintShown: state % 2 === 1 };
  return [head.slice(0, KEY_LENGTH), progress];
}

export function decodeInteractions(
  known: KnownIds,
  entries: string[],
  tally: DecodeTally,
): Record<string, InteractionProgress> {
  const result: Record<string, InteractionProgress> = {};
  for (const entry of entries) {
    const decoded = decodeInteraction(entry);
    const id = decoded && known.interactions.get(decoded[0]);
    if (!decoded) tally.malformed++;
    else if (!id) tally.unknown++;
    else result[id] = decoded[1];
  }
  return result;
}

export function decodeAssessment(
  known: KnownIds,
  entries: string[],
  tally: DecodeTally,
): AssessmentProgress | undefined {
  const [head, ...items] = entries;
  const [seedText, attemptsText, phaseText, extra] = (head ?? "").split(SEPARATORS.field);
  const seed = decodeCount(seedText);
  const attemptsUsed = decodeCount(attemptsText);
  const phase = ASSESSMENT_PHASES[decodeCount(phaseText) ?? -1];
  if (seed === undefined || attemptsUsed === undefined || !phase || extra !== undefined) {
    if (head) tally.malformed++;
    return undefined;
  }
  const itemIds: string[] = [];
  const responses: Record<string, InteractionResponse> = {};
  for (const item of items) {
    const [key = "", responseText = "", more] = item.split(SEPARATORS.field);
    const response = decodeResponse(responseText);
    const id = known.bank.get(key);
    if (more !== undefined || response === undefined) tally.malformed++;
    else if (!id) tally.unknown++;
    else {
      itemIds.push(id);
      if (response) responses[id] = response;
    }
  }
  return { phase, seed, attemptsUsed, itemIds, responses };
}

/** The record's sections once its version and checksum are checked; `intact` says whether they were. */
export function splitRecord(record: string): { sections: string[]; intact: boolean; version: string } {
  const at = record.lastIndexOf(SEPARATORS.checksum);
  const body = at >= 0 ? record.slice(0, at) : record;
  const intact = at >= 0 && record.slice(at + 1) === hashKey(body);
  const sections = body.split(SEPARATORS.section);
  return { sections, intact, version: sections[0] ?? "" };
}

export function entriesOf(section: string | undefined): string[] {
  return section ? section.split(SEPARATORS.entry) : [];
}

export const CURRENT_VERSION = RECORD_VERSION;
export type { PlayerProgress };
