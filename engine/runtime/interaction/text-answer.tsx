import { useId } from "preact/hooks";
import { textOf } from "../../interactions/behaviour.ts";
import { useMessages } from "../hooks/player-context.tsx";
import type { InteractionViewProps } from "./view-contract.ts";

export interface TextAnswerProps
  extends Pick<
    InteractionViewProps<unknown>,
    "response" | "setResponse" | "locked" | "promptId" | "revealed"
  > {
  /** 0 = no limit shown */
  maxlength: number;
  multiline?: boolean;
  /** A prefix shown before the input and read as part of its name (a currency such as GH₵). */
  prefix?: string;
  inputMode?: "text" | "decimal";
}

/**
 * A text input (or text area) named by the prompt; with a limit, a counter of characters left that
 * is read on focus (aria-describedby), not announced on every key.
 */
export function TextAnswer(props: TextAnswerProps) {
  const id = useId();
  const messages = useMessages();
  const text = props.response ? textOf(props.response) : "";
  const common = {
    id: `${id}-input`,
    class: props.multiline ? "cm-textarea" : "cm-input",
    value: text,
    maxLength: props.maxlength > 0 ? props.maxlength : undefined,
    readOnly: props.locked,
    "aria-labelledby": props.prefix ? `${props.promptId} ${id}-prefix` : props.promptId,
    "aria-describedby": props.maxlength > 0 ? `${id}-counter` : undefined,
    autoComplete: "off",
    spellcheck: false,
    onInput: (event: Event) =>
      props.setResponse({ kind: "text", text: (event.currentTarget as HTMLInputElement).value }),
  };
  return (
    <div class="cm-field">
      {props.multiline ? (
        <textarea {...common} />
      ) : props.prefix ? (
        <span class="cm-input-group">
          <span class="cm-input-prefix" id={`${id}-prefix`}>
            {props.prefix}
          </span>
          <input type="text" inputMode={props.inputMode ?? "text"} {...common} />
        </span>
      ) : (
        <input type="text" inputMode={props.inputMode ?? "text"} {...common} />
      )}
      {props.maxlength > 0 && (
        <span class="cm-counter" id={`${id}-counter`}>
          {messages.charactersLeft(Math.max(0, props.maxlength - text.length))}
        </span>
      )}
      {props.revealed?.kind === "text" && (
        <p class="cm-row-answer">
          {messages.correctAnswerIs}: {props.prefix ? `${props.prefix} ` : ""}
          {props.revealed.text}
        </p>
      )}
    </div>
  );
}
