/**
 * Statement parts stated once: verbs, cmi5 categories and extensions (STANDARDS.md §3.2), ids,
 * timestamps and durations. Pure apart from the random statement ids.
 */
import { formatDuration2004 } from "../cmi-formats.ts";
import type { Statement } from "./lrs-client.ts";

export const VERBS = {
  initialized: "http://adlnet.gov/expapi/verbs/initialized",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
  terminated: "http://adlnet.gov/expapi/verbs/terminated",
  answered: "http://adlnet.gov/expapi/verbs/answered",
} as const;

export type VerbName = keyof typeof VERBS;
/** The verbs that report an outcome: sent at most once per registration. */
export type VerdictVerb = "completed" | "passed" | "failed";

export const CMI5 = {
  category: "https://w3id.org/xapi/cmi5/context/categories/cmi5",
  moveOnCategory: "https://w3id.org/xapi/cmi5/context/categories/moveon",
  sessionId: "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
  masteryScore: "https://w3id.org/xapi/cmi5/context/extensions/masteryscore",
} as const;

export const INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction";

/** A version 4 UUID; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
export function newStatementId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An ISO 8601 duration with at most centisecond precision (xAPI 4.6; the SCORM 2004 form fits). */
export const formatDuration = formatDuration2004;

export function verb(name: VerbName): { id: string; display: Record<string, string> } {
  return { id: VERBS[name], display: { "en-US": name } };
}

export interface StatementParts {
  actor: Record<string, unknown>;
  verb: VerbName;
  object: Record<string, unknown>;
  result?: Record<string, unknown>;
  context?: Record<string, unknown>;
  at: Date;
}

/** A statement with its id and UTC timestamp fixed when it is made (it may be sent much later). */
export function makeStatement(parts: StatementParts): Statement {
  const statement: Statement = {
    id: newStatementId(),
    timestamp: parts.at.toISOString(),
    actor: parts.actor,
    verb: verb(parts.verb),
    object: { objectType: "Activity", ...parts.object },
  };
  if (parts.result) statement.result = parts.result;
  if (parts.context) statement.context = parts.context;
  return statement;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A statement's context with the cmi5 context template merged in: the template's values are never
 * overwritten (cmi5 10.2.1.0-6); lists (contextActivities, categories) keep the template's first.
 */
export function mergeContext(template: Json, own: Json): Json {
  const merged: Json = { ...own };
  for (const [key, value] of Object.entries(template)) {
    const mine = merged[key];
    if (Array.isArray(value) && Array.isArray(mine)) {
      const ids = new Set(value.map((item) => (isObject(item) ? item.id : item)));
      merged[key] = [...value, ...mine.filter((item) => !ids.has(isObject(item) ? item.id : item))];
    } else if (isObject(value) && isObject(mine)) merged[key] = mergeContext(value, mine);
    else merged[key] = value;
  }
  return merged;
}
