import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { ChoiceList } from "../../runtime/interaction/choice-list.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { idsOf } from "../behaviour.ts";
import type { Checklist } from "./index.ts";

/** Checkboxes the learner ticks as they go; nothing is right or wrong. Response: the ticked ids. */
export function ChecklistView(props: InteractionViewProps<Checklist>) {
  const messages = useMessages();
  const { interaction } = props;
  const ticked = props.response ? idsOf(props.response) : [];
  const order = interaction.items.map((item) => item.id);
  return (
    <>
      <ChoiceList
        options={interaction.items}
        mode="checkbox"
        chosen={ticked}
        onChange={(ids) => props.setResponse({ kind: "ids", ids: order.filter((id) => ids.includes(id)) })}
        feedbackIds={[]}
        answerKey={undefined}
        revealed={false}
        locked={props.locked}
        promptId={props.promptId}
      />
      <p class="cm-counter">{messages.checklistDone(ticked.length, order.length)}</p>
    </>
  );
}
