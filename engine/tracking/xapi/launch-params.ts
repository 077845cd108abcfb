/**
 * Launch parameters of the two xAPI launch methods (STANDARDS.md §3.1, §3.2): the TinCan (Rustici)
 * launch that mod_tincanlaunch uses, and the cmi5 launch. Pure: the query string in, data out.
 */

import { preferredLanguages } from "../preferred-languages.ts";

/** An xAPI Agent as the launch names the learner. */
export type Agent = Record<string, unknown> & { objectType: "Agent" };

export interface TincanLaunch {
  endpoint: string;
  /** The whole Authorization header value (TinCanJS uses it verbatim). */
  auth: string;
  actor: Agent;
  registration: string | undefined;
  activityId: string | undefined;
  /** The launcher's `Accept-Language` parameter: the learner's languages, most preferred first. */
  languages: string[];
  /** Parameters this runtime does not know: echoed to the LRS as query parameters on every request. */
  extra: Array<[string, string]>;
}

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

const TINCAN_KNOWN = new Set(["endpoint", "auth", "actor", "registration", "activity_id"]);

/** The endpoint with one trailing slash, so resource paths append cleanly. */
export const withSlash = (endpoint: string) => (endpoint.endsWith("/") ? endpoint : `${endpoint}/`);

/**
 * The launch actor as an xAPI 1.0.3 Agent. Old TinCan launchers send 0.95-style arrays
 * (`"name": ["Ama"]`, `"account": [{"accountServiceHomePage", "accountName"}]`): the first value is taken.
 */
export function readAgent(json: string | null): Agent | undefined {
  if (!json) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const first = (field: unknown) => (Array.isArray(field) ? field[0] : field);
  const raw = value as Record<string, unknown>;
  const agent: Agent = { objectType: "Agent" };
  const name = first(raw.name);
  if (typeof name === "string") agent.name = name;
  for (const key of ["mbox", "mbox_sha1sum", "openid"]) {
    const ifi = first(raw[key]);
    if (typeof ifi === "string") agent[key] = ifi;
  }
  const account = first(raw.account) as Record<string, unknown> | undefined;
  if (account && typeof account === "object") {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage === "string" && typeof accountName === "string")
      agent.account = { homePage, name: accountName };
  }
  const identified = ["mbox", "mbox_sha1sum", "openid", "account"].some((key) => key in agent);
  return identified ? agent : undefined;
}

export function readTincanLaunch(search: string): TincanLaunch | undefined {
  const params = new URLSearchParams(search);
  const endpoint = params.get("endpoint");
  const actor = readAgent(params.get("actor"));
  if (!endpoint || !actor) return undefined;
  return {
    endpoint: withSlash(endpoint),
    auth: params.get("auth") ?? "",
    actor,
    registration: params.get("registration") || undefined,
    activityId: params.get("activity_id") || undefined,
    languages: preferredLanguages(params.get("Accept-Language")),
    extra: [...params].filter(([key]) => !TINCAN_KNOWN.has(key)),
  };
}

export function readCmi5Launch(search: string): Cmi5Launch | undefined {
  const params = new URLSearchParams(search);
  const [endpoint, fetchUrl, registration, activityId] = [
    "endpoint",
    "fetch",
    "registration",
    "activityId",
  ].map((key) => params.get(key));
  const actor = readAgent(params.get("actor"));
  if (!endpoint || !fetchUrl || !registration || !activityId || !actor) return undefined;
  return { endpoint: withSlash(endpoint), fetch: fetchUrl, actor, registration, activityId };
}
