import { useId } from "preact/hooks";
import type { VideoBlock } from "../../model/schema.ts";
import { useChromeLang, useImageSize, useMediaUrl, useMessages } from "../hooks/player-context.tsx";
import { downloadSize } from "./download-size.ts";
import { TranscriptDisclosure } from "./transcript-disclosure.tsx";

/**
 * Native video controls with captions; nothing but the poster loads until the learner presses play
 * (preload none), and the size of the download is written beside it. The poster's size (from the
 * model) is the video's `width` and `height`, so its box keeps the poster's shape before the poster
 * arrives. The transcript is behind a disclosure, as for audio.
 */
export function VideoView(props: { block: VideoBlock }) {
  const { block } = props;
  const mediaUrl = useMediaUrl();
  const imageSize = useImageSize();
  const messages = useMessages();
  const lang = useChromeLang();
  const id = useId();
  const size = downloadSize(block.bytes);
  return (
    <figure class="cm-video">
      <video
        controls
        preload="none"
        playsInline
        src={mediaUrl(block.src)}
        poster={block.poster && mediaUrl(block.poster)}
        {...(block.poster ? imageSize(block.poster) : {})}
        aria-label={block.title ?? messages.video}
        aria-describedby={`${id}d`}
      >
        <track
          kind="captions"
          default
          src={mediaUrl(block.captions)}
          srclang={block.captionsLang}
          label={messages.captions}
        />
        {messages.videoUnsupported}
      </video>
      <figcaption>
        {block.title && <strong>{block.title} </strong>}
        <span id={`${id}d`} lang={lang}>
          {messages.videoDetails(size.amount, size.unit, block.minutes)}
        </span>
      </figcaption>
      <TranscriptDisclosure id={`${id}t`} label={messages.videoTranscript} transcript={block.transcript} />
    </figure>
  );
}
