/**
 * The cmi5 launch (STANDARDS.md §3.2): POST to `fetch` once per session for the auth token (kept in
 * sessionStorage, so a reload reuses it), then LMS.LaunchData and the learner preferences (a 404 is
 * normal) before any statement. Statements made before the launch data arrives (the LRS down at
 * launch) wait as drafts and are completed with the context template when it comes.
 */
import type { KeyValueStore } from "../device-storage.ts";
import { preferredLanguages } from "../preferred-languages.ts";
import type { LaunchMode } from "../tracker.ts";
import { readCmi5Launch } from "./launch-params.ts";
import { createLrsClient, type LrsClient, type Statement } from "./lrs-client.ts";
import type { LaunchFacts, StatementKind, XapiSession } from "./session.ts";
import { CMI5, mergeContext } from "./statements.ts";

export const LAUNCH_DATA_STATE_ID = "LMS.LaunchData";
export const LEARNER_PREFERENCES_PROFILE_ID = "cmi5LearnerPreferences";
/** Marks a statement made before the launch data: the session (fetch URL) it belongs to. */
const DRAFT = "coursemark:draft";

export interface Cmi5SessionOptions {
  search: string;
  /** Where the token and the session's end are kept across reloads (sessionStorage). */
  sessionStore: KeyValueStore;
  fetch?: typeof fetch;
  /** Waits between tries while the LMS or LRS does not answer. */
  sleep?: (ms: number) => Promise<void>;
  delays?: readonly number[];
}

interface LaunchData {
  contextTemplate: Record<string, unknown>;
  facts: LaunchFacts;
}

const MODES: Record<string, LaunchMode> = { Normal: "normal", Browse: "browse", Review: "review" };
const DELAYS = [250, 500, 1000, 2000, 4000, 8000];

function readLaunchData(value: unknown): LaunchData | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const data = value as Record<string, unknown>;
  const template = data.contextTemplate;
  if (typeof template !== "object" || template === null) return undefined;
  const mastery = data.masteryScore;
  return {
    contextTemplate: template as Record<string, unknown>,
    facts: {
      mode: MODES[String(data.launchMode)] ?? "normal",
      masteryScore: typeof mastery === "number" && mastery >= 0 && mastery <= 1 ? mastery : undefined,
      returnUrl: typeof data.returnURL === "string" && data.returnURL ? data.returnURL : undefined,
    },
  };
}

/** The statement's own context with the launch's context template merged in. */
const withTemplate = (statement: Statement, template: Record<string, unknown>): Statement => ({
  ...statement,
  context: mergeContext(template, (statement.context ?? {}) as Record<string, unknown>),
});

const category = (id: string) => ({ id, objectType: "Activity" });

/** Tries `attempt` until it gives a value, pausing between tries (growing, then the last pause repeats). */
async function untilAnswered<T>(
  attempt: () => Promise<T | undefined>,
  sleep: (ms: number) => Promise<void>,
  delays: readonly number[],
  limit = Number.POSITIVE_INFINITY,
): Promise<T | undefined> {
  for (let tries = 0; tries < limit; tries += 1) {
    const value = await attempt();
    if (value !== undefined) return value;
    await sleep(delays[Math.min(tries, delays.length - 1)] ?? 1000);
  }
  return undefined;
}

async function fetchToken(url: string, send: typeof fetch): Promise<string | undefined> {
  try {
    const response = await send(url, { method: "POST", cache: "no-store" });
    if (!response.ok) return undefined;
    const body = (await response.json()) as Record<string, unknown>;
    return typeof body["auth-token"] === "string" ? body["auth-token"] : undefined;
  } catch {
    return undefined;
  }
}

/** LaunchData, then the learner preferences (a 404 is fine), as cmi5 orders them before statements. */
async function readLaunch(
  client: LrsClient,
  params: Record<string, string>,
  agent: string,
): Promise<LaunchData | undefined> {
  const data = readLaunchData(
    await client.getDocument("activities/state", { ...params, stateId: LAUNCH_DATA_STATE_ID }),
  );
  if (!data) return undefined;
  const preferences = await client.getDocument("agents/profile", {
    agent,
    profileId: LEARNER_PREFERENCES_PROFILE_ID,
  });
  if (preferences === undefined) return undefined;
  const stated = (preferences as { languagePreference?: unknown } | null)?.languagePreference;
  return { ...data, facts: { ...data.facts, languages: preferredLanguages(stated) } };
}

export async function connectCmi5(options: Cmi5SessionOptions): Promise<XapiSession | undefined> {
  const launch = readCmi5Launch(options.search);
  if (!launch) return undefined;
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const delays = options.delays ?? DELAYS;
  const sessionKey = `coursemark:cmi5:session:${launch.fetch}`;
  const kept = JSON.parse(options.sessionStore.getItem(sessionKey) ?? "null") as {
    token?: string;
    ended?: boolean;
  } | null;
  const token =
    kept?.token ?? (await untilAnswered(() => fetchToken(launch.fetch, send), sleep, delays, delays.length));
  if (!token) return undefined;
  let ended = kept?.ended === true;
  const remember = () => options.sessionStore.setItem(sessionKey, JSON.stringify({ token, ended }));
  remember();

  const { registration, activityId, actor } = launch;
  const agent = JSON.stringify(actor);
  const client = createLrsClient({
    endpoint: launch.endpoint,
    authorization: () => `Basic ${token}`,
    fetch: options.fetch,
  });
  let template: Record<string, unknown> | undefined;
  const facts = untilAnswered(
    () => readLaunch(client, { activityId, agent, registration }, agent),
    sleep,
    delays,
  ).then((data) => {
    template = data?.contextTemplate;
    return data?.facts ?? { mode: "normal" as const, masteryScore: undefined, returnUrl: undefined };
  });

  const own: Record<StatementKind, () => Record<string, unknown>> = {
    session: () => ({ registration, contextActivities: { category: [category(CMI5.category)] } }),
    verdict: () => ({
      registration,
      contextActivities: { category: [category(CMI5.category), category(CMI5.moveOnCategory)] },
    }),
    other: () => ({
      registration,
      contextActivities: { parent: [{ id: activityId, objectType: "Activity" }] },
    }),
  };

  return {
    client,
    actor,
    registration,
    activityId,
    storageKey: `coursemark:cmi5:${activityId}:${registration}`,
    facts,
    context: (kind) => own[kind](),
    complete: (statement) =>
      template ? withTemplate(statement, template) : { ...statement, [DRAFT]: launch.fetch },
    revise(statement) {
      if (!(DRAFT in statement)) return statement;
      if (statement[DRAFT] !== launch.fetch) return undefined; // a past session's, whose launch data never came
      const { [DRAFT]: _draft, ...rest } = statement;
      return template ? withTemplate(rest as Statement, template) : statement;
    },
    isReady: (statement) => !(DRAFT in statement),
    isPastDraft: (statement) => DRAFT in statement && statement[DRAFT] !== launch.fetch,
    adopt(statement) {
      const { [DRAFT]: _draft, ...rest } = statement;
      return template
        ? withTemplate(rest as Statement, template)
        : ({ ...rest, [DRAFT]: launch.fetch } as Statement);
    },
    get ended() {
      return ended;
    },
    end() {
      ended = true;
      remember();
    },
  };
}
