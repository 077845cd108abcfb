import type { Block } from "../../model/schema.ts";
import { RichText } from "../hast/render-hast.tsx";
import { InteractionHost } from "../interaction/interaction-host.tsx";
import { AudioView } from "./audio-view.tsx";
import { CalloutView } from "./callout-view.tsx";
import { FigureView } from "./figure-view.tsx";
import { PanelsView } from "./panels-view.tsx";
import { VideoView } from "./video-view.tsx";

type BlockOf<Kind extends Block["kind"]> = Extract<Block, { kind: Kind }>;
type BlockViews = { [Kind in Block["kind"]]: (props: { block: BlockOf<Kind> }) => preact.JSX.Element };

/** One view per block kind; a new kind in the model fails typechecking here until it has a view. */
const blockViews: BlockViews = {
  prose: (props) => (
    <div class="cm-prose">
      <RichText content={props.block.content} />
    </div>
  ),
  image: FigureView,
  audio: AudioView,
  video: VideoView,
  callout: CalloutView,
  panels: PanelsView,
  interaction: InteractionHost,
};

export function BlockView<Kind extends Block["kind"]>(props: { block: BlockOf<Kind> }) {
  const View = blockViews[props.block.kind] as (props: { block: BlockOf<Kind> }) => preact.JSX.Element;
  return <View block={props.block} />;
}

export function BlockList(props: { blocks: readonly Block[] }) {
  return (
    <>
      {props.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  );
}
