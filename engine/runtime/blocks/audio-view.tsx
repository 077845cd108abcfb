import { useId } from "preact/hooks";
import type { AudioBlock } from "../../model/schema.ts";
import { useMediaUrl, useMessages } from "../hooks/player-context.tsx";
import { TranscriptDisclosure } from "./transcript-disclosure.tsx";

/** Native audio controls (nothing loads until play: preload none) and the transcript behind a disclosure. */
export function AudioView(props: { block: AudioBlock }) {
  const mediaUrl = useMediaUrl();
  const messages = useMessages();
  const id = useId();
  return (
    <div class="cm-audio">
      {/* biome-ignore lint/a11y/useMediaCaption: the transcript below is the text alternative. */}
      <audio controls preload="none" src={mediaUrl(props.block.src)} aria-describedby={id}>
        {messages.audioUnsupported}
      </audio>
      <TranscriptDisclosure id={id} label={messages.transcript} transcript={props.block.transcript} />
    </div>
  );
}
