import { useId } from "preact/hooks";
import type { RichText as RichTextContent } from "../../model/hast.ts";
import { RichText } from "../hast/render-hast.tsx";
import { OptionMark } from "./verdict.tsx";

export interface ChoiceListProps {
  options: ReadonlyArray<{ id: string; content: RichTextContent; feedback?: RichTextContent }>;
  /** radio: one answer (arrow keys move between options); checkbox: any number. */
  mode: "radio" | "checkbox";
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  /** Option ids whose authored feedback shows (from the score result). */
  feedbackIds: readonly string[];
  /** Right option ids while the answer is shown (marks appear only then). */
  marked: readonly string[] | undefined;
  locked: boolean;
  promptId: string;
}

/**
 * Native radio buttons or checkboxes, each label a large touch target; after submitting, the chosen
 * options show their feedback, and the right ones are marked when the answer is revealed.
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
        const showFeedback =
          props.feedbackIds.includes(option.id) &&
          option.feedback !== undefined &&
          option.feedback.length > 0;
        return (
          <div class="cm-option" key={option.id}>
            <label class={`cm-option-label${checked ? " cm-option-checked" : ""}`}>
              <input
                type={props.mode}
                name={name}
                value={option.id}
                checked={checked}
                disabled={props.locked}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <span class="cm-option-text">
                <RichText content={option.content} inline />
              </span>
              {props.marked && <OptionMark chosen={checked} correct={props.marked.includes(option.id)} />}
            </label>
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
