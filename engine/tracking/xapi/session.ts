/**
 * What a launch method (TinCan or cmi5) gives the xAPI tracker once connected: who, which
 * activity, an LRS client, and how its statements are completed. The tracker (xapi-tracker.ts)
 * does the rest the same way for both.
 */
import type { LaunchMode } from "../tracker.ts";
import type { Agent } from "./launch-params.ts";
import type { LrsClient, Statement } from "./lrs-client.ts";

export interface LaunchFacts {
  mode: LaunchMode;
  /** cmi5 LaunchData masteryScore (0–1): passed and failed are judged against it. */
  masteryScore: number | undefined;
  /** cmi5 LaunchData returnURL: where the learner goes on exit. */
  returnUrl: string | undefined;
  /** The learner's preferred languages (cmi5 learner preferences, TinCan `Accept-Language`). */
  languages?: string[];
}

/** initialized/terminated, completed/passed/failed, or any other statement (answered). */
export type StatementKind = "session" | "verdict" | "other";

export interface XapiSession {
  client: LrsClient;
  actor: Agent;
  registration: string | undefined;
  /** The package's activity (tincan.xml's, or the cmi5 AU's): object of the session and verdict statements. */
  activityId: string;
  /** Device storage prefix for this learner, package and registration. */
  storageKey: string;
  /** The launch's facts; cmi5 has them once LMS.LaunchData is read (it may take a while when the LRS is down). */
  facts: Promise<LaunchFacts>;
  /** The context of a statement of this kind (before a cmi5 context template is merged in). */
  context(kind: StatementKind): Record<string, unknown>;
  /** Makes a new statement ready to send (cmi5: the template merged), or a draft until it can be. */
  complete(statement: Statement): Statement;
  /** A waiting statement once more is known: a completed draft, itself, or undefined to set it aside. */
  revise(statement: Statement): Statement | undefined;
  isReady(statement: Statement): boolean;
  /** A draft left by an earlier session whose launch data never came (its tab died first). */
  isPastDraft(statement: Statement): boolean;
  /** Such a draft made part of this session (an answer keeps its id; only its context is this session's). */
  adopt(statement: Statement): Statement;
  /** This launch's session has already ended (cmi5: a reload after terminated): no more statements. */
  readonly ended: boolean;
  end(): void;
}
