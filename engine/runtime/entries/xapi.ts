import { connectTincan } from "../../tracking/xapi/tincan-session.ts";
import { start } from "./start.ts";
import { xapiEntryParts } from "./xapi-parts.ts";

/** An xAPI (TinCan) package: launched with endpoint, auth and actor in the URL (mod_tincanlaunch). */
start((page) =>
  xapiEntryParts(page, {
    kind: "xapi",
    connect: async (ids) =>
      connectTincan({ search: location.search, activityId: ids.package, courseActivityId: ids.course }),
  }),
);
