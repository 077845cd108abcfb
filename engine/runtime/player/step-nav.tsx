import type { Step } from "../../machines/scope.ts";
import { useChromeLang, useMessages } from "../hooks/player-context.tsx";

export interface StepNavProps {
  position: number;
  stepCount: number;
  step: Step;
  /** A required interaction on this screen is unanswered. */
  blocked: boolean;
  onPrev(): void;
  onNext(): void;
}

/**
 * Previous / next, and "screen n of m" of the current lesson. A blocked Next stays focusable
 * (aria-disabled) and says why, instead of silently doing nothing.
 */
export function StepNav(props: StepNavProps) {
  const messages = useMessages();
  const lang = useChromeLang();
  const { step } = props;
  const isLast = props.position >= props.stepCount - 1;
  const lastOfLesson = step.kind === "screen" && step.screenIndex === step.screenCount - 1;
  return (
    <footer class="cm-footer" lang={lang}>
      <div class="cm-footer-inner">
        <button
          type="button"
          class="cm-button cm-button-quiet"
          aria-disabled={props.position === 0}
          onClick={() => props.position > 0 && props.onPrev()}
        >
          <span class="cm-arrow" aria-hidden="true">
            ←
          </span>
          {messages.previous}
        </button>
        {step.kind === "screen" && (
          <span class="cm-screen-count">{messages.screenOf(step.screenIndex + 1, step.screenCount)}</span>
        )}
        {!isLast && (
          <button
            type="button"
            class="cm-button"
            aria-disabled={props.blocked}
            aria-describedby={props.blocked ? "cm-blocked" : undefined}
            onClick={() => !props.blocked && props.onNext()}
          >
            {lastOfLesson ? messages.nextLesson : messages.next}
            <span class="cm-arrow" aria-hidden="true">
              →
            </span>
          </button>
        )}
      </div>
      {props.blocked && !isLast && (
        <p id="cm-blocked" class="cm-footer-inner cm-blocked">
          {messages.answerRequired}
        </p>
      )}
    </footer>
  );
}
