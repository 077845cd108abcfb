import { createLocalTracker, createReflectionNotes, namespaceOf } from "../../tracking/local.ts";
import { createScorm2004Tracker } from "../../tracking/scorm2004.ts";
import { formatScope } from "../scope.ts";
import { deviceStorage, start } from "./start.ts";

/** A SCORM 2004 package: the LMS records progress; with no LMS found, this device does. */
start(({ course, scope }) => ({
  tracker: createScorm2004Tracker({
    window,
    packageKey: namespaceOf(course.id, formatScope(scope)),
    storage: deviceStorage(),
    fallback: () => createLocalTracker({ courseId: course.id, scope: formatScope(scope) }),
  }),
  notes: createReflectionNotes({ courseId: course.id }),
}));
