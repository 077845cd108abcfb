import type { RefObject } from "preact";
import type { InteractionEvent } from "../../machines/events.ts";
import type { InteractionViewState } from "../../machines/selectors.ts";
import { useChromeLang, useMessages } from "../hooks/player-context.tsx";

export interface InteractionActionsProps {
  actionsRef: RefObject<HTMLDivElement>;
  state: InteractionViewState;
  /** Unscored types (checklist, reflection, poll) save instead of being checked. */
  scored: boolean;
  /** The view submits the answer itself (a scenario at its ending): no Submit button. */
  selfSubmitting: boolean;
  send(event: InteractionEvent): void;
  retry(): void;
}

/**
 * The buttons of an interaction, each shown only when the machine accepts its event. Submit stays
 * visible and focusable while the answer is incomplete (aria-disabled), so keyboard users find it.
 */
export function InteractionActions(props: InteractionActionsProps) {
  const messages = useMessages();
  const lang = useChromeLang();
  const { state, send } = props;
  const answering = state.phase === "idle" || state.phase === "answering";
  const neutral = state.result?.neutral === true;
  return (
    <div class="cm-actions" ref={props.actionsRef} lang={lang}>
      {answering && !props.selfSubmitting && (
        <button
          type="button"
          class="cm-button"
          aria-disabled={!state.canSubmit}
          onClick={() => state.canSubmit && send({ type: "answer.submit" })}
        >
          {props.scored ? messages.submit : messages.save}
        </button>
      )}
      {state.canShowHint && !state.locked && (
        <button type="button" class="cm-button cm-button-quiet" onClick={() => send({ type: "hint.show" })}>
          {messages.hint}
        </button>
      )}
      {state.canRetry && (
        <button
          type="button"
          class={neutral ? "cm-button cm-button-quiet" : "cm-button"}
          onClick={props.retry}
        >
          {neutral ? messages.changeAnswer : messages.retry}
        </button>
      )}
      {state.canReveal && (
        <button
          type="button"
          class="cm-button cm-button-quiet"
          onClick={() => send({ type: "answer.reveal" })}
        >
          {messages.showAnswer}
        </button>
      )}
    </div>
  );
}
