import { type InteractionComponents, interactionComponents } from "../../interactions/components.ts";
import { interactionsIn } from "../../machines/scope.ts";
import type { CourseModel } from "../../model/schema.ts";
import { browserStore, memoryStore, resilientStore } from "../../tracking/device-storage.ts";
import { createLocalTracker, createReflectionNotes } from "../../tracking/local.ts";
import { activityIris, activityOfScope } from "../../tracking/xapi/activity-iris.ts";
import type { XapiSession } from "../../tracking/xapi/session.ts";
import { createXapiTracker } from "../../tracking/xapi/xapi-tracker.ts";
import type { PageData } from "../page-contract.ts";
import { formatScope } from "../scope.ts";
import type { EntryParts } from "./start.ts";

export interface XapiEntryOptions {
  kind: "xapi" | "cmi5";
  /** Connects to the LMS/LRS the launch URL names; undefined when the page was not launched so. */
  connect(activityIds: { package: string; course: string }): Promise<XapiSession | undefined>;
}

/** sessionStorage, or memory where it is unavailable (a sandboxed frame). */
export function sessionStore() {
  try {
    return window.sessionStorage ?? memoryStore();
  } catch {
    return memoryStore();
  }
}

/** What each interaction of the course offers, by id, made when the first answer needs it. */
function componentsById(course: CourseModel): (interactionId: string) => InteractionComponents | undefined {
  let byId: Map<string, InteractionComponents> | undefined;
  return (interactionId) => {
    byId ??= new Map(
      course.modules
        .flatMap((module) => [
          ...module.lessons.flatMap((lesson) =>
            lesson.screens.flatMap((screen) => interactionsIn(screen.blocks)),
          ),
          ...module.bank,
        ])
        .map((interaction) => [interaction.id, interactionComponents(interaction)]),
    );
    return byId.get(interactionId);
  };
}

/** What an xAPI or cmi5 package's entry mounts: the LRS tracker, falling back to this device. */
export function xapiEntryParts({ course, scope }: PageData, options: XapiEntryOptions): EntryParts {
  // The build refuses a course without an IRI base for these targets (exporters/xapi-shared).
  const iris = activityIris(course.iriBase ?? "", course.id);
  const ids = { package: activityOfScope(iris, scope), course: iris.course };
  return {
    tracker: createXapiTracker({
      kind: options.kind,
      connect: () => options.connect(ids),
      iris,
      lang: course.lang,
      componentsOf: componentsById(course),
      fallback: () => createLocalTracker({ courseId: course.id, scope: formatScope(scope) }),
      store: resilientStore(browserStore()),
      events: window,
    }),
    notes: createReflectionNotes({ courseId: course.id }),
  };
}
