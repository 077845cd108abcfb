import { useChromeLang, useMessages } from "../hooks/player-context.tsx";
import type { Messages, TextKey } from "../messages/en.ts";
import type { Verdict } from "./view-contract.ts";

/** A verdict, or "the right answer" beside a part the learner did not choose. */
type Mark = Verdict | "answer";

const WORDS: Record<Mark, TextKey> = {
  correct: "correct",
  incorrect: "incorrect",
  partial: "partlyCorrect",
  neutral: "answered",
  answer: "correctAnswerIs",
};

export function verdictWords(verdict: Verdict, messages: Messages): string {
  return messages[WORDS[verdict]];
}

/**
 * A verdict in words; its class adds an icon (player.css, never read aloud) and a colour, which
 * only add to the words.
 */
export function VerdictLabel(props: { verdict: Mark }) {
  return (
    <span class={`cm-verdict cm-verdict-${props.verdict}`} lang={useChromeLang()}>
      {useMessages()[WORDS[props.verdict]]}
    </span>
  );
}

export interface PartMarksProps {
  /** The learner chose this part (an option, a region). */
  chosen: boolean;
  /** The part is right (by the answer key). */
  correct: boolean;
  /** The right answer is shown, so a right part the learner missed is marked too. */
  revealed: boolean;
  id?: string;
}

/**
 * The marks of one part of a checked answer, in words with an icon (never colour alone): a chosen
 * part says "Your answer" and right or wrong; a right part the learner did not choose says "The
 * right answer" once the answer is shown. Nothing for other parts.
 */
export function PartMarks(props: PartMarksProps) {
  const messages = useMessages();
  if (!props.chosen && !(props.correct && props.revealed)) return null;
  return (
    <span class="cm-marks" id={props.id} lang={useChromeLang()}>
      {props.chosen && <span class="cm-your-answer">{messages.yourAnswer}</span>}
      <VerdictLabel verdict={props.chosen ? (props.correct ? "correct" : "incorrect") : "answer"} />
    </span>
  );
}
