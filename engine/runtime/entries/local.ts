import { createLocalTracker, createReflectionNotes } from "../../tracking/local.ts";
import { formatScope } from "../scope.ts";
import { start } from "./start.ts";

/** The web edition and previews: progress stays on this device. */
start(({ course, scope }) => ({
  tracker: createLocalTracker({ courseId: course.id, scope: formatScope(scope) }),
  notes: createReflectionNotes({ courseId: course.id }),
}));
