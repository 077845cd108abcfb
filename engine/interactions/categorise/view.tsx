import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { displayOrder } from "../../runtime/interaction/display-order.ts";
import { PairsRowSelect } from "../../runtime/interaction/row-select.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import type { Categorise } from "./index.ts";

/** Each card (shuffled once, stably) gets a select of the groups. Response: [card, bucket] pairs. */
export function CategoriseView(props: InteractionViewProps<Categorise>) {
  const messages = useMessages();
  const { interaction } = props;
  return (
    <PairsRowSelect
      view={props}
      rowIds={interaction.cards.map((item) => item.id)}
      rows={displayOrder(interaction.cards, interaction.id, props.shuffleSeed ?? 0)}
      choices={interaction.buckets}
      placeholder={messages.chooseBucket}
      selectLabel={messages.bucketFor}
    />
  );
}
