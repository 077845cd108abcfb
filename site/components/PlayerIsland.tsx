import { useEffect, useRef, useState } from "preact/hooks";
import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { mountPlayer } from "../../engine/runtime/mount.tsx";
import { formatScope } from "../../engine/runtime/scope.ts";
import { createLocalTracker, createReflectionNotes } from "../../engine/tracking/local.ts";
import { localCourseProgress } from "../../engine/tracking/local-progress.ts";
import { StaticPlayer } from "./static-player.tsx";
import "../../engine/runtime/theme/player.css";

interface Props {
  course: CourseModel;
  scope: PlayerScope;
  /** URL prefix of the course's media, e.g. `/selling_online/`. */
  mediaBase: string;
  /** Site URL of every lesson by id, for lesson links and "review this lesson". */
  lessonUrls: Record<string, string>;
}

/**
 * A lesson or the assessment as an Astro island: static HTML from the server, then the live
 * player with this device's progress (local tracker), resumed where the learner left it.
 */
export default function PlayerIsland({ course, scope, mediaBase, lessonUrls }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const root = host.current;
    if (!root) return;
    if (scope.kind === "lesson") localCourseProgress(course.id).rememberLesson(scope.lessonId);
    const unmount = mountPlayer(root, {
      course,
      scope,
      mediaBase,
      tracker: createLocalTracker({ courseId: course.id, scope: formatScope(scope) }),
      notes: createReflectionNotes({ courseId: course.id }),
      embedded: true,
      openLesson: (lessonId) => {
        const url = lessonUrls[lessonId];
        if (url) location.assign(url);
      },
    });
    setLive(true);
    return unmount;
  }, [course, scope, mediaBase, lessonUrls]);
  return (
    <div class="cm-island">
      {!live && <StaticPlayer course={course} scope={scope} mediaBase={mediaBase} />}
      <div ref={host} />
    </div>
  );
}
