import { idsOf } from "../../interactions/behaviour.ts";
import type { ChoiceOption } from "../../interactions/choice/options.ts";
import { ChoiceList } from "./choice-list.tsx";
import { displayOrder } from "./display-order.ts";
import type { InteractionViewProps } from "./view-contract.ts";

/**
 * The view of the choice types: `radio` (single-choice, true-false) or `checkbox`
 * (multiple-response). The response is the chosen ids, in option order. With `shuffle`, the
 * assessment's seed orders the options (true-false keeps true first).
 */
export function choiceView<Interaction extends { id: string; options: ChoiceOption[] }>(
  mode: "radio" | "checkbox",
  shuffle: boolean,
) {
  return function ChoiceView(props: InteractionViewProps<Interaction>) {
    const { interaction, response, result, revealed, answerKey } = props;
    const order = interaction.options.map((option) => option.id);
    const seed = shuffle ? props.shuffleSeed : undefined;
    return (
      <ChoiceList
        options={
          seed === undefined ? interaction.options : displayOrder(interaction.options, interaction.id, seed)
        }
        mode={mode}
        chosen={response ? idsOf(response) : []}
        onChange={(ids) => props.setResponse({ kind: "ids", ids: order.filter((id) => ids.includes(id)) })}
        feedbackIds={result?.feedbackIds ?? []}
        answerKey={answerKey ? idsOf(answerKey) : undefined}
        revealed={revealed !== undefined}
        locked={props.locked}
        promptId={props.promptId}
      />
    );
  };
}
