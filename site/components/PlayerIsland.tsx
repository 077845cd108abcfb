import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import type { Messages } from "../../engine/runtime/messages/en.ts";
import { mountPlayer } from "../../engine/runtime/mount.tsx";
import type { HostPage } from "../../engine/runtime/player/host-page.ts";
import { formatScope } from "../../engine/runtime/scope.ts";
import { createLocalTracker, createReflectionNotes, namespaceOf } from "../../engine/tracking/local.ts";
import { localCourseProgress } from "../../engine/tracking/local-progress.ts";
import type { Tracker } from "../../engine/tracking/tracker.ts";
import { announcingPass } from "../lib/assessment-passed.ts";
import { urls } from "../lib/urls.ts";
import { LmsInspector } from "./lms-inspector/LmsInspector.tsx";
import type { PreviewLms } from "./lms-inspector/preview-lms.ts";
import "../../engine/runtime/theme/player.css";

export interface PlayerIslandProps {
  course: CourseModel;
  scope: PlayerScope;
  /** URL prefix of the course's media, e.g. `/selling_online/`. */
  mediaBase: string;
  /** Author preview: run inside an emulated SCORM 1.2 LMS and show the LMS inspector. */
  inspect?: boolean;
  /** The player's words in the course's language (set by its island in islands/; English by default). */
  messages?: Messages;
  /** The page's links for the player (course page, neighbouring lessons) and the lesson's goal. */
  host?: HostPage;
  /** The first paint, rendered on the server (Player.astro): shown until the live player is ready. */
  children?: ComponentChildren;
}

/**
 * The tracker for this page: the device's (local), or in the preview a SCORM 1.2 LMS to inspect. The
 * assessment page's tells the page when the learner passes (it then offers the certificate).
 */
async function trackerFor(course: CourseModel, scope: PlayerScope, inspect: boolean) {
  const local = () => {
    const tracker = createLocalTracker({ courseId: course.id, scope: formatScope(scope) });
    return scope.kind === "assessment" ? announcingPass(tracker, document) : tracker;
  };
  if (!(import.meta.env.DEV && inspect)) return { tracker: local() as Tracker, lms: undefined };
  const [{ installPreviewLms }, { createScorm12Tracker }] = await Promise.all([
    import("./lms-inspector/preview-lms.ts"),
    import("../../engine/tracking/scorm12.ts"),
  ]);
  const lms = installPreviewLms(window);
  const packageKey = namespaceOf(course.id, `preview:${formatScope(scope)}`);
  return { tracker: createScorm12Tracker({ window, packageKey, fallback: local }), lms };
}

/**
 * A lesson or the assessment as an Astro island: the server's static HTML (children, which the
 * browser keeps as they are), then the live player with this device's progress (local tracker),
 * resumed where the learner left it.
 */
export default function PlayerIsland({
  course,
  scope,
  mediaBase,
  inspect = false,
  messages,
  host: hostPage,
  children,
}: PlayerIslandProps) {
  const host = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  const [lms, setLms] = useState<PreviewLms>();
  useEffect(() => {
    const root = host.current;
    if (!root) return;
    let unmount: (() => void) | undefined;
    let cancelled = false;
    if (scope.kind === "lesson") localCourseProgress(course.id).rememberLesson(scope.lessonId);
    void trackerFor(course, scope, inspect).then(({ tracker, lms: previewLms }) => {
      if (cancelled) return;
      unmount = mountPlayer(root, {
        course,
        scope,
        mediaBase,
        tracker,
        notes: createReflectionNotes({ courseId: course.id }),
        embedded: true,
        messages,
        host: hostPage,
        // Lesson links and "review this lesson": the lesson's page (its URL follows from its id).
        openLesson: (lessonId) => location.assign(urls.lessonById(course.id, lessonId)),
        // The server's first paint stays until the live player is there: no blank frame between.
        onShown: () => setLive(true),
      });
      setLms(previewLms);
    });
    return () => {
      cancelled = true;
      unmount?.();
    };
  }, [course, scope, mediaBase, inspect, messages, hostPage]);
  return (
    <div class="cm-island">
      {!live && children}
      <div ref={host} />
      {lms && <LmsInspector lms={lms} />}
    </div>
  );
}
