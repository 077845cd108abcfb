import { useId, useState } from "preact/hooks";
import type { AudioBlock } from "../../model/schema.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useMediaUrl, useMessages } from "../hooks/player-context.tsx";

/** Native audio controls (nothing loads until play: preload none) and the transcript behind a disclosure. */
export function AudioView(props: { block: AudioBlock }) {
  const mediaUrl = useMediaUrl();
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="cm-audio">
      {/* biome-ignore lint/a11y/useMediaCaption: the transcript below is the text alternative. */}
      <audio controls preload="none" src={mediaUrl(props.block.src)} aria-describedby={id}>
        {messages.audioUnsupported}
      </audio>
      <button
        type="button"
        class="cm-button cm-button-quiet"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? messages.hideTranscript : messages.showTranscript}
      </button>
      <section id={id} class="cm-transcript" aria-label={messages.transcript} hidden={!open}>
        <RichText content={props.block.transcript} />
      </section>
    </div>
  );
}
