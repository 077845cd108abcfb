import { useChromeLang, useMessages } from "../hooks/player-context.tsx";
import type { Messages, TextKey } from "../messages/en.ts";
import type { Verdict } from "./view-contract.ts";

const ICONS: Record<Verdict, string> = { correct: "✓", incorrect: "✗", partial: "◐", neutral: "✓" };
const WORDS: Record<Verdict, TextKey> = {
  correct: "correct",
  incorrect: "incorrect",
  partial: "partlyCorrect",
  neutral: "answered",
};

export function verdictWords(verdict: Verdict, messages: Messages): string {
  return messages[WORDS[verdict]];
}

/** An icon and a word for a verdict; colour comes from the class and only adds to them. */
export function VerdictLabel(props: { verdict: Verdict }) {
  const messages = useMessages();
  return (
    <span class={`cm-verdict cm-verdict-${props.verdict}`} lang={useChromeLang()}>
      <span class="cm-verdict-icon" aria-hidden="true">
        {ICONS[props.verdict]}
      </span>{" "}
      {verdictWords(props.verdict, messages)}
    </span>
  );
}

/**
 * The mark beside one part while the answer is shown: a chosen part says right or wrong; a right
 * part that was not chosen says "the right answer".
 */
export function OptionMark(props: { chosen: boolean; correct: boolean }) {
  const messages = useMessages();
  if (props.chosen) return <VerdictLabel verdict={props.correct ? "correct" : "incorrect"} />;
  if (props.correct)
    return (
      <span class="cm-verdict cm-verdict-answer">
        <span aria-hidden="true">→</span> {messages.correctAnswerIs}
      </span>
    );
  return null;
}
