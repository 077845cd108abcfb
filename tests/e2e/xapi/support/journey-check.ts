/**
 * The end of every journey: wait until the LRS holds what the learner's actions made, then check
 * each stored statement with xapi-validation, the cmi5 rules (cmi5 only), and the counts; print them.
 */

import { createRequire } from "node:module";
import { expect } from "@playwright/test";
import { cmi5Violations, verbOf } from "./cmi5-rules.ts";
import { definitionGaps } from "./interaction-definitions.ts";
import type { Cmi5Launch, Learner } from "./launches.ts";
import { countStatements, countsLine, type StatementCounts } from "./statement-counts.ts";
import type { TestLms } from "./test-lms.ts";

type Json = Record<string, unknown>;
const validateStatement = createRequire(import.meta.url)("@learninglocker/xapi-validation").default as (
  statement: unknown,
) => unknown[];

export interface JourneyEnd {
  name: string;
  lms: TestLms;
  registration: string;
  learner: Learner;
  /** cmi5: every launch of the registration (the rules are checked); TinCan: none. */
  launches?: readonly Cmi5Launch[];
  /** The verbs the LRS must end up with, in stored order, runs of answered as `answered*`. */
  verbs: readonly string[];
  /** Statement ids still waiting on the learner's device. */
  waiting?: readonly string[];
}

const VERDICTS = ["completed", "failed", "passed"];

/**
 * Verbs in order, a run of answered statements as one `answered*` (how many depends on the screens),
 * and verdicts made together in a fixed order (completed and passed may come in either order).
 */
export function skeleton(verbs: readonly string[]): string[] {
  const runs: string[][] = [];
  for (const verb of verbs.map((each) => (each === "answered" ? "answered*" : each))) {
    const last = runs.at(-1);
    const joins =
      last &&
      (VERDICTS.includes(verb) ? VERDICTS.includes(last[0] ?? "") : verb === "answered*" && last[0] === verb);
    if (last && joins) last.push(verb);
    else runs.push([verb]);
  }
  return runs.flatMap((run) => (run[0] === "answered*" ? ["answered*"] : [...run].sort()));
}

/** What the LRS holds for the registration (as a skeleton), and how many statements made are not in it. */
async function progress(end: JourneyEnd): Promise<[string[], number]> {
  const stored = await end.lms.stored(end.registration);
  const ids = new Set(stored.map((statement) => String(statement.id)));
  const made = [...(end.lms.sent.get(end.registration) ?? []), ...(end.waiting ?? [])];
  return [skeleton(stored.map(verbOf)), made.filter((id) => !ids.has(id)).length];
}

export async function expectJourney(end: JourneyEnd): Promise<{ stored: Json[]; counts: StatementCounts }> {
  await expect
    .poll(() => progress(end), {
      timeout: 30_000,
      message: `${end.name}: stored verbs, statements not stored`,
    })
    .toEqual([end.verbs, 0]);
  const stored = await end.lms.stored(end.registration);
  for (const statement of stored) expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
  expect(definitionGaps(stored)).toEqual([]);
  if (end.launches) expect(cmi5Violations(stored, end.launches, end.learner)).toEqual([]);
  const made = new Set([...(end.lms.sent.get(end.registration) ?? []), ...(end.waiting ?? [])]);
  const counts = countStatements(made, stored, end.launches !== undefined);
  console.info(countsLine(end.name, counts));
  expect(counts).toMatchObject({ duplicated: 0, lost: 0, made: stored.length });
  return { stored, counts };
}
