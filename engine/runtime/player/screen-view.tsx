import type { Screen } from "../../model/schema.ts";
import { BlockList } from "../blocks/block-view.tsx";

export function ScreenView(props: { screen: Screen | undefined }) {
  return <div class="cm-screen">{props.screen && <BlockList blocks={props.screen.blocks} />}</div>;
}
