import { createPlayer } from "../../machines/player.ts";
import type { PlayerScope } from "../../machines/scope.ts";
import type { CourseModel } from "../../model/schema.ts";
import { memoryStore } from "../../tracking/device-storage.ts";
import { createLocalTracker } from "../../tracking/local.ts";
import { FIRST_LAUNCH } from "../../tracking/tracker.ts";
import { AnnouncerProvider } from "../hooks/announcer.tsx";
import { createPlayerSettings, PlayerSettingsProvider } from "../hooks/player-context.tsx";
import type { Messages } from "../messages/en.ts";
import { formatScope } from "../scope.ts";
import type { HostPage } from "./host-page.ts";
import { createNoticeFeed } from "./notice-feed.ts";
import { Player } from "./player.tsx";

/**
 * The real player as a first visit sees it, rendered without a device: a page's static HTML (first
 * paint, no-JS, search engines), on the web edition (an island) and in a package's launch page.
 * The live player then replaces it. `messages`: the course language's words (English by default).
 */
export function StaticPlayer(props: {
  course: CourseModel;
  scope: PlayerScope;
  mediaBase: string;
  /** The web edition: the host page has the landmarks and opens any lesson itself (as mount.tsx). */
  embedded: boolean;
  messages?: Messages;
  host?: HostPage;
}) {
  const { course, scope, mediaBase, embedded, messages, host } = props;
  const tracker = createLocalTracker({
    courseId: course.id,
    scope: formatScope(scope),
    store: memoryStore(),
  });
  const player = createPlayer({ course, scope, launch: FIRST_LAUNCH, tracker, clock: { now: () => 0 } });
  player.actor.start();
  const feed = createNoticeFeed(tracker);
  // The web edition keeps progress on the device only, which its live player says at once: so does
  // its first paint, and the notice never pushes the lesson down. A package may have an LMS: none.
  if (embedded) feed.add({ kind: "standalone" });
  const settings = createPlayerSettings({
    course,
    mediaBase,
    openLesson: () => {},
    canOpenLesson: embedded ? () => true : undefined,
    embedded,
    messages,
  });
  return (
    <PlayerSettingsProvider value={settings}>
      <AnnouncerProvider>
        <Player actor={player.actor} feed={feed} host={host} />
      </AnnouncerProvider>
    </PlayerSettingsProvider>
  );
}
