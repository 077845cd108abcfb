import { RichText } from "../../runtime/hast/render-hast.tsx";
import { TextAnswer } from "../../runtime/interaction/text-answer.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import type { FillIn } from "./index.ts";

/**
 * A text input with the author's limit and a characters-left counter. After submitting, the feedback
 * of the answer it matched (an anticipated wrong answer, or an accepted one) shows below.
 */
export function FillInView(props: InteractionViewProps<FillIn>) {
  const { interaction, result } = props;
  const matched = interaction.answers.filter(
    (answer) => result?.feedbackIds.includes(answer.id) && answer.feedback.length > 0,
  );
  return (
    <>
      <TextAnswer {...props} maxlength={interaction.maxlength} />
      {matched.map((answer) => (
        <div class="cm-option-feedback" key={answer.id}>
          <RichText content={answer.feedback} />
        </div>
      ))}
    </>
  );
}
