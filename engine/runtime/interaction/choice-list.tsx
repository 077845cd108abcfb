import { useId } from "preact/hooks";
import type { RichText as RichTextContent } from "../../model/hast.ts";
import { RichText } from "../hast/render-hast.tsx";
import { PartMarks } from "./verdict.tsx";

export interface ChoiceListProps {
  options: ReadonlyArray<{ id: string; content: RichTextContent; feedback?: RichTextContent }>;
  /** radio: one answer (arrow keys move between options); checkbox: any number. */
  mode: "radio" | "checkbox";
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  /** Option ids whose authored feedback shows (from the score result). */
  feedbackIds: readonly string[];
  /** Right option ids once a scored answer is checked (each chosen option is marked right or wrong). */
  answerKey: readonly string[] | undefined;
  /** The right answer is shown: right options the learner missed are marked too. */
  revealed: boolean;
  locked: boolean;
  promptId: string;
}

/**
 * Native radio buttons or checkboxes, each label a large touch target. Once checked, the inputs are
 * locked but keep their full contrast (aria-disabled, not disabled); the marks sit outside the label
 * and describe the input, so an option's name stays its own text (an image's alt), never a verdict.
 */
export function ChoiceList(props: ChoiceListProps) {
  const name = useId();
  const toggle = (id: string, checked: boolean) => {
    if (props.mode === "radio") props.onChange([id]);
    else props.onChange(checked ? [...props.chosen, id] : props.chosen.filter((chosen) => chosen !== id));
  };
  return (
    <fieldset aria-labelledby={props.promptId} class="cm-options">
      {props.options.map((option) => {
        const checked = props.chosen.includes(option.id);
        const markId = `${name}-${option.id}`;
        const correct = props.answerKey?.includes(option.id) === true;
        const marked = props.answerKey !== undefined && (checked || (correct && props.revealed));
        const showFeedback =
          props.feedbackIds.includes(option.id) &&
          option.feedback !== undefined &&
          option.feedback.length > 0;
        return (
          <div class={`cm-option${checked ? " cm-option-checked" : ""}`} key={option.id}>
            <label class="cm-option-label">
              <input
                type={props.mode}
                name={name}
                value={option.id}
                checked={checked}
                aria-disabled={props.locked || undefined}
                aria-describedby={marked ? markId : undefined}
                // Locked: the click (also the one arrow keys make) changes nothing, so no change follows.
                onClick={(event) => props.locked && event.preventDefault()}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <span class="cm-option-text">
                <RichText content={option.content} inline />
              </span>
            </label>
            {marked && <PartMarks id={markId} chosen={checked} correct={correct} revealed={props.revealed} />}
            {showFeedback && (
              <div class="cm-option-feedback">
                <RichText content={option.feedback ?? []} />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
