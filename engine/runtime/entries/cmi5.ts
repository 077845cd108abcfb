import { connectCmi5 } from "../../tracking/xapi/cmi5-session.ts";
import { start } from "./start.ts";
import { sessionStore, xapiEntryParts } from "./xapi-parts.ts";

/** A cmi5 AU: launched by a cmi5 LMS with endpoint, fetch, actor, registration and activityId. */
start((page) =>
  xapiEntryParts(page, {
    kind: "cmi5",
    connect: () => connectCmi5({ search: location.search, sessionStore: sessionStore() }),
  }),
);
