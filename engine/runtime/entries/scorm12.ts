import { createLocalTracker, createReflectionNotes, namespaceOf } from "../../tracking/local.ts";
import { createScorm12Tracker } from "../../tracking/scorm12.ts";
import { formatScope } from "../scope.ts";
import { deviceStorage, start } from "./start.ts";

/** A SCORM 1.2 package: the LMS records progress; with no LMS found, this device does. */
start(({ course, scope }) => ({
  tracker: createScorm12Tracker({
    window,
    packageKey: namespaceOf(course.id, formatScope(scope)),
    storage: deviceStorage(),
    fallback: () => createLocalTracker({ courseId: course.id, scope: formatScope(scope) }),
  }),
  notes: createReflectionNotes({ courseId: course.id }),
}));
