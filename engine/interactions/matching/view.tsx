import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { displayOrder } from "../../runtime/interaction/display-order.ts";
import { choosePair, RowSelect } from "../../runtime/interaction/row-select.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { pairsOf } from "../behaviour.ts";
import type { Matching } from "./index.ts";

/** Each left item gets a select of the right items (shuffled once, stably). Response: [source, target] pairs. */
export function MatchingView(props: InteractionViewProps<Matching>) {
  const messages = useMessages();
  const { interaction } = props;
  const chosen = new Map(props.response ? pairsOf(props.response) : []);
  const targets = displayOrder(interaction.targets, interaction.id, props.shuffleSeed ?? 0);
  const ids = interaction.sources.map((item) => item.id);
  return (
    <RowSelect
      rows={interaction.sources}
      choices={targets}
      chosen={chosen}
      onChoose={(source, target) =>
        props.setResponse({ kind: "pairs", pairs: choosePair(ids, chosen, source, target) })
      }
      answer={props.revealed ? new Map(pairsOf(props.revealed)) : undefined}
      locked={props.locked}
      placeholder={messages.chooseMatch}
      selectLabel={messages.matchFor}
      promptId={props.promptId}
    />
  );
}
