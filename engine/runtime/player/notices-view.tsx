import { useEffect, useRef, useState } from "preact/hooks";
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

/** A failed save stays in view until the LMS has stored everything (the tracker then says so). */
const stays = (notice: TrackerNotice) => notice.kind === "saving-failed";

/**
 * What the tracker tells the learner (standalone, saving failed/recovered, device progress saved,
 * record repaired): shown until dismissed and announced once; a repeated notice (another failed
 * try) is not announced again. A recovered save replaces the failure notice.
 */
export function NoticesView(props: { feed: NoticeFeed }) {
  const messages = useMessages();
  const announce = useAnnounce();
  const lang = useChromeLang();
  const [notices, setNotices] = useState<TrackerNotice[]>([]);
  /** Kinds announced and not since replaced, so another failed try is not read out again. */
  const shownKinds = useRef(new Set<TrackerNotice["kind"]>());
  useEffect(
    () =>
      props.feed.subscribe((notice) => {
        const repeated = shownKinds.current.has(notice.kind);
        shownKinds.current.add(notice.kind);
        if (notice.kind === "saving-recovered") shownKinds.current.delete("saving-failed");
        setNotices((shown) => [
          ...shown.filter(
            (old) =>
              old.kind !== notice.kind &&
              !(notice.kind === "saving-recovered" && old.kind === "saving-failed"),
          ),
          notice,
        ]);
        if (!repeated) announce(noticeText(notice, messages));
      }),
    [props.feed],
  );
  if (notices.length === 0) return null;
  return (
    <div class="cm-notices" lang={lang}>
      {notices.map((notice) => (
        <div class="cm-notice" key={notice.kind} data-notice={notice.kind}>
          <span>{noticeText(notice, messages)}</span>
          {stays(notice) ? null : (
            <button
              type="button"
              class="cm-button cm-button-quiet"
              onClick={() => {
                shownKinds.current.delete(notice.kind);
                setNotices((shown) => shown.filter((old) => old !== notice));
              }}
            >
              {messages.dismiss}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
