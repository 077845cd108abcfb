import { createPlayer } from "../../engine/machines/player.ts";
import type { PlayerScope } from "../../engine/machines/scope.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { AnnouncerProvider } from "../../engine/runtime/hooks/announcer.tsx";
import { createPlayerSettings, PlayerSettingsProvider } from "../../engine/runtime/hooks/player-context.tsx";
import { createNoticeFeed } from "../../engine/runtime/player/notice-feed.ts";
import { Player } from "../../engine/runtime/player/player.tsx";
import { formatScope } from "../../engine/runtime/scope.ts";
import { memoryStore } from "../../engine/tracking/device-storage.ts";
import { createLocalTracker } from "../../engine/tracking/local.ts";
import { FIRST_LAUNCH } from "../../engine/tracking/tracker.ts";

/**
 * The real player as a first visit sees it, rendered without a device: the page's static HTML
 * (first paint, no-JS, search engines). The island then mounts the live player over it.
 */
export function StaticPlayer(props: {
  course: CourseModel;
  scope: PlayerScope;
  mediaBase: string;
  imageSources: Record<string, string>;
}) {
  const { course, scope, mediaBase, imageSources } = props;
  const tracker = createLocalTracker({
    courseId: course.id,
    scope: formatScope(scope),
    store: memoryStore(),
  });
  const player = createPlayer({ course, scope, launch: FIRST_LAUNCH, tracker, clock: { now: () => 0 } });
  player.actor.start();
  const settings = createPlayerSettings({
    course,
    mediaBase,
    openLesson: () => {},
    canOpenLesson: () => true,
    embedded: true,
    imageSources,
  });
  return (
    <PlayerSettingsProvider value={settings}>
      <AnnouncerProvider>
        <Player actor={player.actor} feed={createNoticeFeed(tracker)} />
      </AnnouncerProvider>
    </PlayerSettingsProvider>
  );
}
