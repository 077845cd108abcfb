import { useEffect, useState } from "preact/hooks";
import type { TrackerNotice } from "../../tracking/tracker.ts";
import { useAnnounce } from "../hooks/announcer.tsx";
import { useChromeLang, useMessages } from "../hooks/player-context.tsx";
import type { Messages } from "../messages/en.ts";
import type { NoticeFeed } from "./notice-feed.ts";

export function noticeText(notice: TrackerNotice, messages: Messages): string {
  switch (notice.kind) {
    case "standalone":
      return messages.noticeStandalone;
    case "saving-failed":
      return messages.noticeSavingFailed;
    case "saving-recovered":
      return messages.noticeSavingRecovered;
    case "device-progress-saved":
      return messages.noticeDeviceProgressSaved;
    case "open-elsewhere":
      return messages.noticeOpenElsewhere;
    case "record-recovered":
      return notice.detail === "reset" ? messages.noticeRecordReset : messages.noticeRecordPartial;
  }
}

/** The notices shown once `notice` arrives: it replaces one of its kind, and a recovered save the failure. */
function withNotice(shown: readonly TrackerNotice[], notice: TrackerNotice): TrackerNotice[] {
  return [
    ...shown.filter(
      (old) =>
        old.kind !== notice.kind && !(notice.kind === "saving-recovered" && old.kind === "saving-failed"),
    ),
    notice,
  ];
}

/**
 * What the tracker tells the learner (standalone, saving failed/recovered, device progress saved,
 * open in another tab, record repaired): one line each, shown until dismissed and announced once. A
 * recovered save replaces the failure notice. The notices already known are in the first render (the
 * web edition's static first paint has "this device only" too), so none pushes the lesson down later.
 */
export function NoticesView(props: { feed: NoticeFeed }) {
  const messages = useMessages();
  const announce = useAnnounce();
  const lang = useChromeLang();
  const [notices, setNotices] = useState(() => props.feed.history().reduce(withNotice, []));
  useEffect(
    () =>
      props.feed.subscribe((notice) => {
        setNotices((shown) => withNotice(shown, notice));
        announce(noticeText(notice, messages));
      }),
    [props.feed],
  );
  if (notices.length === 0) return null;
  return (
    <div class="cm-notices" lang={lang}>
      {notices.map((notice) => (
        <div class="cm-notice" key={notice.kind} data-notice={notice.kind}>
          <span class="cm-notice-text">{noticeText(notice, messages)}</span>
          {/* A failed save stays in view until the LMS has stored everything (the tracker then says so). */}
          {notice.kind === "saving-failed" ? null : (
            <button
              type="button"
              class="cm-notice-dismiss"
              aria-label={messages.dismiss}
              onClick={() => setNotices((shown) => shown.filter((old) => old !== notice))}
            >
              <span aria-hidden="true">✕</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
