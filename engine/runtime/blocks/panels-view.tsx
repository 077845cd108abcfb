import type { PanelsBlock } from "../../model/schema.ts";
import { AccordionView } from "./accordion-view.tsx";
import { FlipCardsView } from "./flip-cards-view.tsx";
import { TabsView } from "./tabs-view.tsx";

const VIEWS = { accordion: AccordionView, tabs: TabsView, "flip-cards": FlipCardsView } as const;

export function PanelsView(props: { block: PanelsBlock }) {
  const View = VIEWS[props.block.variant];
  return <View panels={props.block.panels} />;
}
