import { pairsOf } from "../../interactions/behaviour.ts";
import { plainText } from "../../interactions/plain-text.ts";
import type { RichText as RichTextContent } from "../../model/hast.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useMessages } from "../hooks/player-context.tsx";
import { VerdictLabel } from "./verdict.tsx";
import type { InteractionViewProps } from "./view-contract.ts";

export interface RowItem {
  id: string;
  content: RichTextContent;
}

export interface RowSelectProps {
  rows: readonly RowItem[];
  choices: readonly RowItem[];
  /** row id → chosen choice id */
  chosen: ReadonlyMap<string, string>;
  onChoose(rowId: string, choiceId: string): void;
  /** row id → right choice id, once a scored answer is checked (each row is marked right or wrong). */
  answerKey: ReadonlyMap<string, string> | undefined;
  /** The right answer is shown: a wrong row also names its right choice. */
  revealed: boolean;
  locked: boolean;
  placeholder: string;
  selectLabel(rowText: string): string;
  promptId: string;
}

/**
 * One row per item with a native select of the choices: the keyboard, touch and screen reader
 * friendly way to match pairs (matching) or sort cards into groups (categorise). Once checked, the
 * select gives way to the learner's choice as text at full contrast, marked right or wrong.
 */
export function RowSelect(props: RowSelectProps) {
  const messages = useMessages();
  const textOf = (choiceId: string | undefined) =>
    props.choices.find((choice) => choice.id === choiceId)?.content;
  return (
    <ul class="cm-rows" aria-labelledby={props.promptId}>
      {props.rows.map((row) => {
        const chosen = props.chosen.get(row.id) ?? "";
        const right = props.answerKey?.get(row.id);
        const rightText = props.revealed && chosen !== right ? textOf(right) : undefined;
        return (
          <li class="cm-row" key={row.id}>
            <span class="cm-row-label">
              <RichText content={row.content} inline />
            </span>
            <span class="cm-row-controls">
              {props.locked ? (
                <>
                  <span>
                    <strong>{messages.yourAnswer}:</strong> <RichText content={textOf(chosen) ?? []} inline />
                  </span>
                  {props.answerKey && <VerdictLabel verdict={chosen === right ? "correct" : "incorrect"} />}
                </>
              ) : (
                <select
                  class="cm-select"
                  aria-label={props.selectLabel(plainText(row.content))}
                  value={chosen}
                  onChange={(event) => props.onChoose(row.id, event.currentTarget.value)}
                >
                  <option value="">{props.placeholder}</option>
                  {props.choices.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {plainText(choice.content)}
                    </option>
                  ))}
                </select>
              )}
            </span>
            {rightText && (
              <span class="cm-row-answer">
                <strong>{messages.correctAnswerIs}:</strong> <RichText content={rightText} inline />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The pairs after choosing `choiceId` ("" clears) for `rowId`, in `rowIds` order. */
function choosePair(
  rowIds: readonly string[],
  chosen: ReadonlyMap<string, string>,
  rowId: string,
  choiceId: string,
): Array<[string, string]> {
  const next = new Map(chosen);
  if (choiceId) next.set(rowId, choiceId);
  else next.delete(rowId);
  return rowIds.flatMap((id): Array<[string, string]> => {
    const choice = next.get(id);
    return choice ? [[id, choice]] : [];
  });
}

export interface PairsRowSelectProps {
  view: InteractionViewProps<unknown>;
  /** Row ids in source order: the order of the response's pairs. */
  rowIds: readonly string[];
  /** Rows and choices as shown (either may be shuffled). */
  rows: readonly RowItem[];
  choices: readonly RowItem[];
  placeholder: string;
  selectLabel(rowText: string): string;
}

/** A RowSelect answering with a `pairs` response of [row, choice] (matching, categorise). */
export function PairsRowSelect({ view, rowIds, ...shown }: PairsRowSelectProps) {
  const chosen = new Map(view.response ? pairsOf(view.response) : []);
  return (
    <RowSelect
      {...shown}
      chosen={chosen}
      onChoose={(row, choice) =>
        view.setResponse({ kind: "pairs", pairs: choosePair(rowIds, chosen, row, choice) })
      }
      answerKey={view.answerKey ? new Map(pairsOf(view.answerKey)) : undefined}
      revealed={view.revealed !== undefined}
      locked={view.locked}
      promptId={view.promptId}
    />
  );
}
