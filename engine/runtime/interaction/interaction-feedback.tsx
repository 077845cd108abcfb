import type { RefObject } from "preact";
import type { Interaction } from "../../interactions/registry.ts";
import type { RichText as RichTextContent } from "../../model/hast.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useMessages } from "../hooks/player-context.tsx";
import type { Messages } from "../messages/en.ts";
import { VerdictLabel } from "./verdict.tsx";
import type { Verdict } from "./view-contract.ts";

export interface InteractionFeedbackProps {
  focusRef: RefObject<HTMLDivElement>;
  interaction: Interaction;
  verdict: Verdict;
  feedback: RichTextContent;
  /** Tries left after a wrong answer; undefined when unlimited or not relevant. */
  attemptsLeft: number | undefined;
}

/** "2 tries left" after a wrong or partly right answer when tries are counted; undefined otherwise. */
export function triesLeftText(verdict: Verdict, attemptsLeft: number | undefined, messages: Messages) {
  if ((verdict !== "incorrect" && verdict !== "partial") || attemptsLeft === undefined) return undefined;
  return attemptsLeft > 0 ? messages.attemptsLeft(attemptsLeft) : messages.noAttemptsLeft;
}

/** After submitting: the verdict in words with an icon, the author's feedback, tries left, a model answer. */
export function InteractionFeedback(props: InteractionFeedbackProps) {
  const messages = useMessages();
  const { interaction, verdict } = props;
  const modelAnswer = "modelAnswer" in interaction ? interaction.modelAnswer : [];
  const triesLeft = triesLeftText(verdict, props.attemptsLeft, messages);
  return (
    <div
      class={`cm-feedback cm-feedback-${verdict}`}
      tabIndex={-1}
      ref={props.focusRef}
      data-testid="feedback"
    >
      <p>
        <VerdictLabel verdict={verdict} />
      </p>
      {props.feedback.length > 0 && <RichText content={props.feedback} />}
      {triesLeft && <p>{triesLeft}</p>}
      {modelAnswer.length > 0 && (
        <div class="cm-model-answer">
          <p>
            <strong>{messages.modelAnswer}</strong>
          </p>
          <RichText content={modelAnswer} />
        </div>
      )}
    </div>
  );
}
