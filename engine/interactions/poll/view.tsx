import { ChoiceList } from "../../runtime/interaction/choice-list.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { idsOf } from "../behaviour.ts";
import type { Poll } from "./index.ts";

/** A radio group in the author's order (a Likert scale keeps its order); no answer is right. */
export function PollView(props: InteractionViewProps<Poll>) {
  const { interaction } = props;
  return (
    <ChoiceList
      options={interaction.options}
      mode="radio"
      chosen={props.response ? idsOf(props.response) : []}
      onChange={(ids) => props.setResponse({ kind: "ids", ids: ids.slice(0, 1) })}
      feedbackIds={[]}
      answerKey={undefined}
      revealed={false}
      locked={props.locked}
      promptId={props.promptId}
    />
  );
}
