import type { ImageBlock } from "../../model/schema.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useImageSize, useImageSourceSet, useMediaUrl } from "../hooks/player-context.tsx";

/** An image on its own: a figure, its caption below; decorative images have an empty alt. */
export function FigureView(props: { block: ImageBlock }) {
  const { block } = props;
  const mediaUrl = useMediaUrl();
  const sourceSet = useImageSourceSet();
  const imageSize = useImageSize();
  return (
    <figure class="cm-figure">
      <img
        src={mediaUrl(block.src)}
        {...sourceSet(block.src)}
        {...imageSize(block.src)}
        alt={block.alt}
        loading="lazy"
        decoding="async"
      />
      {block.caption.length > 0 && (
        <figcaption>
          <RichText content={block.caption} />
        </figcaption>
      )}
    </figure>
  );
}
