import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { displayOrder } from "../../runtime/interaction/display-order.ts";
import { PairsRowSelect } from "../../runtime/interaction/row-select.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import type { Matching } from "./index.ts";

/** Each left item gets a select of the right items (shuffled once, stably). Response: [source, target] pairs. */
export function MatchingView(props: InteractionViewProps<Matching>) {
  const messages = useMessages();
  const { interaction } = props;
  return (
    <PairsRowSelect
      view={props}
      rowIds={interaction.sources.map((item) => item.id)}
      rows={interaction.sources}
      choices={displayOrder(interaction.targets, interaction.id, props.shuffleSeed ?? 0)}
      placeholder={messages.chooseMatch}
      selectLabel={messages.matchFor}
    />
  );
}
