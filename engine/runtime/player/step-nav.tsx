import type { Step } from "../../machines/scope.ts";
import { useChromeLang, useMessages } from "../hooks/player-context.tsx";
import { Arrow } from "./arrow.tsx";
import type { HostPage } from "./host-page.ts";
import { HostLink } from "./host-parts.tsx";

export interface StepNavProps {
  position: number;
  stepCount: number;
  step: Step;
  /** A required interaction on this screen is unanswered. */
  blocked: boolean;
  /** The host page's neighbouring lessons: Previous on the first step and Next on the last lead there. */
  host: HostPage;
  onPrev(): void;
  onNext(): void;
}

/**
 * One way forward: "screen n of m", then a single Previous/Next pair on one row. Previous and Next
 * move between the steps of the player's scope, crossing lessons (Next on a lesson's last screen is
 * "Next lesson"); on a host page, Previous on the first screen opens the previous lesson's page
 * (where the learner left it) and Next on the last screen the next lesson's (or the assessment). A
 * blocked Next stays focusable (aria-disabled) and says why, instead of silently doing nothing.
 */
export function StepNav(props: StepNavProps) {
  const messages = useMessages();
  const lang = useChromeLang();
  const { step, host } = props;
  const isFirst = props.position === 0;
  const isLast = props.position >= props.stepCount - 1;
  const lastOfLesson = step.kind === "screen" && step.screenIndex === step.screenCount - 1;
  const hasNext = !isLast || host.next !== undefined;
  const showBlocked = props.blocked && hasNext;
  // A screen with nowhere to go either way (an assessment package's start) shows no dead buttons.
  const hasPrevious = !isFirst || host.previous !== undefined;
  return (
    <footer class="cm-footer" lang={lang}>
      {step.kind === "screen" && (
        <p class="cm-screen-count">{messages.screenOf(step.screenIndex + 1, step.screenCount)}</p>
      )}
      {(hasPrevious || hasNext) && (
        <div class="cm-step-nav">
          {isFirst && host.previous && HostLink ? (
            <HostLink link={host.previous} words={messages.previous} rel="prev" quiet />
          ) : (
            <button
              type="button"
              class="cm-button cm-button-quiet"
              aria-disabled={isFirst}
              onClick={() => !isFirst && props.onPrev()}
            >
              <Arrow text="←" />
              {messages.previous}
            </button>
          )}
          {isLast && host.next && !props.blocked && HostLink ? (
            <HostLink link={host.next} words={messages.nextLesson} rel="next" />
          ) : (
            hasNext && (
              <button
                type="button"
                class="cm-button"
                aria-disabled={props.blocked}
                aria-describedby={showBlocked ? "cm-blocked" : undefined}
                onClick={() => !props.blocked && !isLast && props.onNext()}
              >
                {isLast
                  ? (host.next?.label ?? messages.nextLesson)
                  : lastOfLesson
                    ? messages.nextLesson
                    : messages.next}
                <Arrow text="→" />
              </button>
            )
          )}
        </div>
      )}
      {showBlocked && (
        <p id="cm-blocked" class="cm-blocked">
          {messages.answerRequired}
        </p>
      )}
    </footer>
  );
}
