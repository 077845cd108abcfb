/**
 * The writes an LMS has not stored yet, in the order they must reach it (issue 9, "Nothing lost").
 * A write leaves the journal only once a commit succeeds after the LMS accepted it; a refused
 * commit puts every accepted-but-unstored write back in line. Scalar elements (location, statuses,
 * score, suspend_data) keep only their latest value; every interaction write is kept, in order
 * (SCORM 2004: id → type → responses, Moodle error 408; indexes must grow one by one).
 */
import type { CmiWrite } from "./scorm-dialect.ts";

export interface PendingWrite {
  element: string;
  value: string;
  /** The LMS accepted the SetValue; it is stored only by the next successful commit. */
  accepted: boolean;
}

export type PendingWrites = readonly PendingWrite[];

/** What the LMS answered to one SetValue: `refused` may succeed later, `rejected` never will. */
export type SetOutcome = "accepted" | "refused" | "rejected";

const INTERACTION = /^cmi\.interactions\.(\d+)\./;

/** Interaction writes are a journal (each one kept); everything else is state (latest wins). */
export const isJournalElement = (element: string) => INTERACTION.test(element);

/** Adds writes at the end; a scalar element's older value, sent or not, is replaced by the new one. */
export function addWrites(pending: PendingWrites, writes: readonly CmiWrite[]): PendingWrites {
  const replaced = new Set(
    writes.map(([element]) => element).filter((element) => !isJournalElement(element)),
  );
  return [
    ...pending.filter((write) => !replaced.has(write.element)),
    ...writes.map(([element, value]) => ({ element, value, accepted: false })),
  ];
}

/** How many times one refused write is tried again at once before the flush stops (SetValue is local). */
export const SET_TRIES = 5;

/**
 * Sends the writes the LMS has not accepted, in order, each up to SET_TRIES times. Stops at a write
 * still refused, so nothing after it overtakes it; drops a write the LMS rejects for good (a value it
 * will never take: keeping it would block every later write).
 */
export function flushWrites(
  pending: PendingWrites,
  set: (element: string, value: string) => SetOutcome,
): { pending: PendingWrites; complete: boolean } {
  const next: PendingWrite[] = [];
  let blocked = false;
  for (const write of pending) {
    if (write.accepted || blocked) {
      next.push(write);
      continue;
    }
    let outcome: SetOutcome = "refused";
    for (let tries = 0; tries < SET_TRIES && outcome === "refused"; tries += 1)
      outcome = set(write.element, write.value);
    if (outcome !== "rejected") next.push({ ...write, accepted: outcome === "accepted" });
    blocked = outcome === "refused";
  }
  return { pending: next, complete: !blocked };
}

/** A commit succeeded: what the LMS had accepted is stored. */
export const afterCommit = (pending: PendingWrites): PendingWrites =>
  pending.filter((write) => !write.accepted);

/** A commit was refused: everything must be sent again before the next one. */
export const afterRefusedCommit = (pending: PendingWrites): PendingWrites =>
  pending.map((write) => ({ ...write, accepted: false }));

/** The interaction writes still pending, grouped by interaction in order: what a device keeps. */
export function pendingInteractions(pending: PendingWrites): PendingInteraction[] {
  const groups = new Map<number, PendingInteraction>();
  for (const { element, value } of pending) {
    const match = INTERACTION.exec(element);
    if (!match) continue;
    const index = Number(match[1]);
    const group = groups.get(index) ?? { index, writes: [] };
    group.writes.push([element.slice(match[0].length), value]);
    groups.set(index, group);
  }
  return [...groups.values()];
}

/** One interaction's writes without their `cmi.interactions.n.` prefix; `index` where it was placed. */
export interface PendingInteraction {
  index: number | undefined;
  writes: Array<[field: string, value: string]>;
}

/**
 * Places kept interactions in an LMS that holds `count` of them: one already given a slot there
 * (a partly stored interaction) is completed in place, the others are appended in order. Returns
 * the writes and the LMS's interaction count after them.
 */
export function placeInteractions(
  kept: readonly PendingInteraction[],
  count: number,
): { writes: CmiWrite[]; count: number } {
  let next = count;
  const writes: CmiWrite[] = [];
  for (const interaction of kept) {
    const index = interaction.index !== undefined && interaction.index < count ? interaction.index : next++;
    for (const [field, value] of interaction.writes)
      writes.push([`cmi.interactions.${index}.${field}`, value]);
  }
  return { writes, count: next };
}
