import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { displayOrder } from "../../runtime/interaction/display-order.ts";
import { choosePair, RowSelect } from "../../runtime/interaction/row-select.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { pairsOf } from "../behaviour.ts";
import type { Categorise } from "./index.ts";

/** Each card (shuffled once, stably) gets a select of the groups. Response: [card, bucket] pairs. */
export function CategoriseView(props: InteractionViewProps<Categorise>) {
  const messages = useMessages();
  const { interaction } = props;
  const chosen = new Map(props.response ? pairsOf(props.response) : []);
  const cards = displayOrder(interaction.cards, interaction.id, props.shuffleSeed ?? 0);
  const ids = interaction.cards.map((item) => item.id);
  return (
    <RowSelect
      rows={cards}
      choices={interaction.buckets}
      chosen={chosen}
      onChoose={(card, bucket) =>
        props.setResponse({ kind: "pairs", pairs: choosePair(ids, chosen, card, bucket) })
      }
      answer={props.revealed ? new Map(pairsOf(props.revealed)) : undefined}
      locked={props.locked}
      placeholder={messages.chooseBucket}
      selectLabel={messages.bucketFor}
      promptId={props.promptId}
    />
  );
}
