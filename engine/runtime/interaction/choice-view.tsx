import { idsOf } from "../../interactions/behaviour.ts";
import type { ChoiceOption } from "../../interactions/choice/options.ts";
import { ChoiceList } from "./choice-list.tsx";
import type { InteractionViewProps } from "./view-contract.ts";

/**
 * The view of every option-list type: `radio` (single-choice, true-false) or `checkbox`
 * (multiple-response, checklist). The response is the chosen ids, in option order.
 */
export function choiceView<Interaction extends { options: ChoiceOption[] }>(mode: "radio" | "checkbox") {
  return function ChoiceView(props: InteractionViewProps<Interaction>) {
    const { interaction, response, result, revealed } = props;
    const order = interaction.options.map((option) => option.id);
    return (
      <ChoiceList
        options={interaction.options}
        mode={mode}
        chosen={response ? idsOf(response) : []}
        onChange={(ids) => props.setResponse({ kind: "ids", ids: order.filter((id) => ids.includes(id)) })}
        feedbackIds={result?.feedbackIds ?? []}
        marked={revealed ? idsOf(revealed) : undefined}
        locked={props.locked}
        promptId={props.promptId}
      />
    );
  };
}
