import { render } from "preact";
import { createPlayer, type Player as PlayerHandle } from "../machines/player.ts";
import type { Clock, PrivateNotes } from "../machines/tracking-bridge.ts";
import type { CourseModel } from "../model/schema.ts";
import { bindPageLifecycle } from "../tracking/page-lifecycle.ts";
import type { LaunchContext, Tracker } from "../tracking/tracker.ts";
import type { Edition } from "./editions.ts";
import { AnnouncerProvider } from "./hooks/announcer.tsx";
import { createPlayerSettings, PlayerSettingsProvider } from "./hooks/player-context.tsx";
import type { Messages } from "./messages/en.ts";
import type { HostPage } from "./player/host-page.ts";
import { createNoticeFeed } from "./player/notice-feed.ts";
import { Player } from "./player/player.tsx";
import type { PlayerScope } from "./scope.ts";

export interface MountOptions {
  course: CourseModel;
  scope: PlayerScope;
  tracker: Tracker;
  /** Relative folder course media resolve against ("" = next to the page). */
  mediaBase?: string;
  /** Reflection text kept on this device (never sent to the tracker). */
  notes?: PrivateNotes;
  messages?: Messages;
  clock?: Clock;
  /** Opens a linked lesson; defaults to jumping inside the player (the web edition navigates to its page). */
  openLesson?: (lessonId: string) => void;
  /** The host page provides the main landmark, skip link and course header (the web edition). */
  embedded?: boolean;
  /**
   * Another language edition to show instead, from what the platform says of the learner (their
   * preferred languages); undefined keeps `course` and `messages`.
   */
  chooseEdition?: (launch: LaunchContext) => Promise<Edition | undefined>;
  /** The host page's links (course page, neighbouring lessons) and the lesson's goal (the web edition). */
  host?: HostPage;
  /** Called once the live player is on the page (a host then removes its own first paint). */
  onShown?: () => void;
}

const systemClock: Clock = { now: () => Date.now() };

/** The next task: a slow phone can answer the learner between the player's set-up and its render. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Starts the learner runtime in `root`: initialises the tracker (notices are kept from the first
 * one), restores the saved record and renders the player; the tracker commits when the page is
 * hidden and ends the session on pagehide. Returns an unmount function that saves and ends it now.
 */
export function mountPlayer(root: HTMLElement, options: MountOptions): () => void {
  const { scope, tracker } = options;
  const feed = createNoticeFeed(tracker);
  let player: PlayerHandle | undefined;
  let ended = false;
  // Commit when hidden, terminate on pagehide: the tracker's own policy (STANDARDS.md §6.8).
  const unbindPage = bindPageLifecycle(tracker, window, document);

  void tracker.initialize().then(async (launch) => {
    const edition = await options.chooseEdition?.(launch);
    if (ended) return;
    const course = edition?.course ?? options.course;
    player = createPlayer({
      course,
      scope,
      launch,
      tracker,
      clock: options.clock ?? systemClock,
      notes: options.notes,
    });
    if (player.notice) feed.add(player.notice);
    await nextTask();
    if (ended) return;
    const actor = player.actor;
    const settings = createPlayerSettings({
      course,
      mediaBase: options.mediaBase ?? "",
      messages: edition?.messages ?? options.messages,
      openLesson:
        options.openLesson ?? ((lessonId) => actor.send({ type: "nav.jump", address: `${lessonId}/1` })),
      // A host that opens lessons itself (the web edition) can open any; a package only its own.
      canOpenLesson: options.openLesson ? () => true : undefined,
      embedded: options.embedded,
      exit: launch.returnUrl ? () => exitTo(launch.returnUrl ?? "") : undefined,
    });
    root.replaceChildren();
    // An empty plan is a bug (the page names a module or lesson the model does not have): say so.
    if (player.plan.steps.length === 0) {
      render(<p role="alert">{settings.messages.loadFailed}</p>, root);
      return;
    }
    player.start();
    render(
      <PlayerSettingsProvider value={settings}>
        <AnnouncerProvider>
          <Player actor={actor} feed={feed} host={options.host} />
        </AnnouncerProvider>
      </PlayerSettingsProvider>,
      root,
    );
    options.onShown?.();
  });

  const unmount = () => {
    if (ended) return Promise.resolve();
    ended = true;
    unbindPage();
    feed.stop();
    render(null, root);
    return (player?.stop() ?? Promise.resolve()).then(() => tracker.terminate());
  };
  /** Exit: the session ends (its last statements sent, or kept for the next launch), then the platform's page. */
  const exitTo = (url: string) => void unmount().then(() => location.assign(url));
  return () => void unmount();
}
