/**
 * What a journey made and what the LRS stored: made = every statement id the AU sent (through the
 * test LMS, whether it got through or not) plus those still waiting on the device; stored = what the
 * LRS holds for the registration; duplicated = the same outcome stored twice (an id twice, or a
 * second completed/passed/failed, initialized or terminated where one is allowed); lost = made, not stored.
 */
import { verbOf } from "./cmi5-rules.ts";

type Json = Record<string, unknown>;

export interface StatementCounts {
  made: number;
  stored: number;
  duplicated: number;
  lost: number;
}

/** `perSession`: initialized and terminated once per session (cmi5); TinCan has no sessions. */
export function countStatements(
  made: ReadonlySet<string>,
  stored: readonly Json[],
  perSession: boolean,
): StatementCounts {
  const storedIds = stored.map((statement) => String(statement.id));
  const once = stored
    .map((statement) => {
      const verb = verbOf(statement);
      const session = JSON.stringify((statement.context as Json | undefined)?.extensions ?? {});
      if (["initialized", "terminated"].includes(verb)) return perSession ? `${verb}|${session}` : "";
      return ["completed", "passed", "failed"].includes(verb) ? verb : "";
    })
    .filter(Boolean);
  const duplicated = storedIds.length - new Set(storedIds).size + once.length - new Set(once).size;
  return {
    made: made.size,
    stored: storedIds.length,
    duplicated,
    lost: [...made].filter((id) => !storedIds.includes(id)).length,
  };
}

export function countsLine(journey: string, counts: StatementCounts): string {
  return `statements ${journey}: made ${counts.made}, stored ${counts.stored}, duplicated ${counts.duplicated}, lost ${counts.lost}`;
}
