/**
 * The cmi5 AU rules of STANDARDS.md §3.2 (CATAPULT's requirement ids in brackets), checked on the
 * statements an LRS stored for one registration. Returns the violations, one line each.
 */
import type { Cmi5Launch, Learner } from "./launches.ts";

type Json = Record<string, unknown>;

export const CMI5_IDS = {
  category: "https://w3id.org/xapi/cmi5/context/categories/cmi5",
  moveOn: "https://w3id.org/xapi/cmi5/context/categories/moveon",
  sessionId: "https://w3id.org/xapi/cmi5/context/extensions/sessionid",
  masteryScore: "https://w3id.org/xapi/cmi5/context/extensions/masteryscore",
};
const DEFINED = new Set(["initialized", "completed", "passed", "failed", "terminated"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DURATION = /^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)$/;

export const verbOf = (statement: Json) =>
  String((statement.verb as Json).id)
    .split("/")
    .pop() ?? "";
const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Json)[key] : undefined),
    value,
  );
const ids = (list: unknown) => (Array.isArray(list) ? list.map((item) => String(get(item, "id"))) : []);

/** `stored` in stored order; `launches` every launch of this registration. */
export function cmi5Violations(
  stored: readonly Json[],
  launches: readonly Cmi5Launch[],
  learner: Learner,
): string[] {
  const problems: string[] = [];
  const say = (statement: Json, rule: string) =>
    problems.push(`${verbOf(statement)} ${statement.id}: ${rule}`);
  const bySession = new Map<string, Json[]>();
  for (const statement of stored) {
    const verb = verbOf(statement);
    const session = String(get(statement, "context", "extensions", CMI5_IDS.sessionId));
    const launch = launches.find((candidate) => candidate.sessionId === session);
    if (!launch) {
      say(statement, "sessionid extension of no launch [9.6.3.1-4]");
      continue;
    }
    bySession.set(session, [...(bySession.get(session) ?? []), statement]);
    if (!UUID.test(String(statement.id))) say(statement, "id is not a UUID [9.1.0.0-1]");
    if (!/(Z|\+00:00)$/.test(String(statement.timestamp))) say(statement, "timestamp not UTC [9.7.0.0-2]");
    if (JSON.stringify(get(statement, "actor", "account")) !== JSON.stringify(learner.account))
      say(statement, "actor is not the launch actor [8.1.3.0-3, 9.2.0.0-3]");
    if (get(statement, "context", "registration") !== launch.registration)
      say(statement, "registration [9.6.1.0-1]");
    if (!ids(get(statement, "context", "contextActivities", "grouping")).includes(launch.publisherId))
      say(statement, "context template's grouping lost [10.2.1.0-6]");
    const categories = ids(get(statement, "context", "contextActivities", "category"));
    const hasOutcome =
      get(statement, "result", "success") !== undefined ||
      get(statement, "result", "completion") !== undefined;
    if (DEFINED.has(verb)) {
      if (get(statement, "object", "id") !== launch.activityId)
        say(statement, "object is not the launch activityId [8.1.5.0-6]");
      if (!categories.includes(CMI5_IDS.category)) say(statement, "no cmi5 category [9.6.2.1-1]");
    }
    // moveon: on cmi5 defined statements with success or completion, and on no other statement.
    if ((DEFINED.has(verb) && hasOutcome) !== categories.includes(CMI5_IDS.moveOn))
      say(statement, "moveon category exactly on cmi5 defined statements with an outcome [9.6.2.2-1/-2]");
    if (
      verb !== "initialized" &&
      DEFINED.has(verb) &&
      !DURATION.test(String(get(statement, "result", "duration")))
    )
      say(statement, "no ISO 8601 duration [9.5.4.1]");
    if (
      verb === "completed" &&
      (get(statement, "result", "completion") !== true || get(statement, "result", "score"))
    )
      say(statement, "completed needs completion true and no score [9.5.3.0, 9.5.1.0-2]");
    if (verb === "passed" || verb === "failed") {
      const scaled = get(statement, "result", "score", "scaled");
      const mastery = get(statement, "context", "extensions", CMI5_IDS.masteryScore);
      if (get(statement, "result", "success") !== (verb === "passed"))
        say(statement, "success does not match [9.5.2.0]");
      if (launch.masteryScore !== undefined && mastery !== launch.masteryScore)
        say(statement, "masteryscore extension [9.6.3.2-2]");
      if (
        typeof scaled === "number" &&
        launch.masteryScore !== undefined &&
        scaled >= launch.masteryScore !== (verb === "passed")
      )
        say(statement, "verdict against masteryScore [9.5.1.0-3]");
    }
    if (launch.mode !== "Normal" && !["initialized", "terminated"].includes(verb))
      say(statement, `${launch.mode} mode allows only initialized and terminated [10.2.2.0-2/-3]`);
  }
  for (const [session, statements] of bySession) {
    const verbs = statements.map(verbOf);
    if (verbs[0] !== "initialized")
      problems.push(`session ${session}: first statement is ${verbs[0]} [9.3.0.0-4]`);
    if (verbs.filter((verb) => verb === "initialized").length !== 1)
      problems.push(`session ${session}: initialized not once`);
    const end = verbs.indexOf("terminated");
    if (end !== -1 && end !== verbs.length - 1)
      problems.push(`session ${session}: statements after terminated [9.3.0.0-8]`);
  }
  const verdicts = stored.map(verbOf);
  for (const verb of ["completed", "passed", "failed"])
    if (verdicts.filter((each) => each === verb).length > 1)
      problems.push(`${verb} more than once per registration`);
  if (verdicts.includes("passed") && verdicts.includes("failed"))
    problems.push("both passed and failed in one registration");
  return problems;
}
