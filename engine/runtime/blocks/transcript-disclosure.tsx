import { useState } from "preact/hooks";
import type { RichText as RichTextContent } from "../../model/hast.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useMessages } from "../hooks/player-context.tsx";

/** A media block's transcript behind a show/hide button; `id` is what the media element describes itself by. */
export function TranscriptDisclosure(props: { id: string; label: string; transcript: RichTextContent }) {
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        class="cm-button cm-button-quiet"
        aria-expanded={open}
        aria-controls={props.id}
        onClick={() => setOpen(!open)}
      >
        {open ? messages.hideTranscript : messages.showTranscript}
      </button>
      <section id={props.id} class="cm-transcript" aria-label={props.label} hidden={!open}>
        <RichText content={props.transcript} />
      </section>
    </>
  );
}
