import { useEffect, useId, useLayoutEffect, useRef } from "preact/hooks";
import type { ScoreResult } from "../../interactions/behaviour.ts";
import { behaviourOf } from "../../interactions/behaviours.ts";
import { plainText } from "../../interactions/plain-text.ts";
import type { Interaction } from "../../interactions/registry.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useAnnounce } from "../hooks/announcer.tsx";
import { useFocusAfterRender } from "../hooks/focus-after-render.ts";
import { useInteraction } from "../hooks/interactions.tsx";
import { useMessages } from "../hooks/player-context.tsx";
import { InteractionActions } from "./interaction-actions.tsx";
import { InteractionFeedback, triesLeftText } from "./interaction-feedback.tsx";
import { selfSubmittingTypes } from "./self-submitting.ts";
import { verdictWords } from "./verdict.tsx";
import type { Verdict } from "./view-contract.ts";
import { interactionViews } from "./views.ts";

export function verdictOf(result: ScoreResult): Verdict {
  if (result.neutral) return "neutral";
  if (result.correct) return "correct";
  return result.score > 0 ? "partial" : "incorrect";
}

/** `::feedback{when=correct|incorrect}` for the result, then `::feedback` for any result. */
function generalFeedback(interaction: Interaction, result: ScoreResult) {
  const specific = result.neutral
    ? []
    : result.correct
      ? interaction.feedback.correct
      : interaction.feedback.incorrect;
  return [...specific, ...interaction.feedback.any];
}

/**
 * Frames every interaction: prompt, the type's own view, hint, verdict and feedback, and the
 * submit / hint / show answer / retry buttons. State lives in the interaction machine; this only
 * renders it (through the machines' selectors) and sends the learner's events.
 */
export function InteractionHost(props: { block: Interaction }) {
  const interaction = props.block;
  const { state, send, mode, shuffleSeed } = useInteraction(interaction.id);
  const messages = useMessages();
  const announce = useAnnounce();
  const promptId = useId();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const View = interactionViews[interaction.type] as (typeof interactionViews)[Interaction["type"]];
  const { result } = state;
  const feedback = result ? generalFeedback(interaction, result) : [];
  const { scoring } = behaviourOf(interaction);
  const answerKey = result && !result.neutral ? scoring.correctResponse(interaction) : undefined;
  const selfSubmitting = selfSubmittingTypes.has(interaction.type);
  const prompt = "prompt" in interaction ? interaction.prompt : [];

  // When the learner submits here (not when a saved answer is restored), focus moves at once, in
  // the same task as the Check press (hooks/focus-after-render.ts says why); then, in an effect as
  // every announcement is (so they keep their order), one message says the verdict, the feedback of
  // each chosen part, the general feedback and the tries left, as shown.
  const previousPhase = useRef(state.phase);
  const justSubmitted = useRef(false);
  useLayoutEffect(() => {
    // From idle too: a view that answers and submits at once (a one-choice scenario path).
    const wasOpen = previousPhase.current === "idle" || previousPhase.current === "answering";
    previousPhase.current = state.phase;
    justSubmitted.current =
      mode === "lesson" &&
      wasOpen &&
      (state.phase === "feedback" || state.phase === "revealed") &&
      result !== undefined;
    // Submit is gone now: focus the next thing to do (retry, show answer), else the feedback itself;
    // a view that submitted itself has already put focus where the learner reads on.
    if (justSubmitted.current && !selfSubmitting)
      (actionsRef.current?.querySelector<HTMLElement>("button") ?? feedbackRef.current)?.focus();
  }, [state.phase]);
  useEffect(() => {
    if (!justSubmitted.current || !result) return;
    justSubmitted.current = false;
    const verdict = verdictOf(result);
    const parts = controlsRef.current?.querySelectorAll(".cm-option-feedback") ?? [];
    announce(
      [
        `${verdictWords(verdict, messages)}.`,
        ...[...parts].map((part) => part.textContent),
        plainText(feedback),
        triesLeftText(verdict, state.phase === "feedback" ? state.attemptsLeft : undefined, messages),
      ]
        .filter(Boolean)
        .join(" "),
    );
  }, [state.phase]);

  const retry = () => {
    send({ type: "answer.retry" });
    focusAfterRender(() =>
      controlsRef.current?.querySelector<HTMLElement>(
        "input:not([disabled]), select, textarea, button:not([disabled])",
      ),
    );
  };

  return (
    <section
      class={`cm-interaction cm-interaction-${interaction.type}`}
      aria-labelledby={promptId}
      data-interaction={interaction.id}
    >
      <div id={promptId} class="cm-prompt">
        {prompt.length > 0 ? (
          <RichText content={prompt} />
        ) : (
          // Only a scenario may start without a question: its region is then named by its kind.
          <span class="cm-visually-hidden">{messages.scenario}</span>
        )}
      </div>
      {interaction.required && <p class="cm-required">{messages.requiredQuestion}</p>}
      <div ref={controlsRef}>
        <View
          interaction={interaction as never}
          response={state.response}
          setResponse={(response) => send({ type: "answer.change", response })}
          result={result}
          revealed={state.revealed}
          answerKey={answerKey}
          submit={() => send({ type: "answer.submit" })}
          locked={state.locked}
          promptId={promptId}
          shuffleSeed={shuffleSeed}
        />
      </div>
      {state.hintShown && interaction.hint.length > 0 && (
        <div class="cm-hint" role="note">
          <RichText content={interaction.hint} />
        </div>
      )}
      {result && (
        <InteractionFeedback
          focusRef={feedbackRef}
          interaction={interaction}
          verdict={verdictOf(result)}
          feedback={feedback}
          attemptsLeft={state.phase === "feedback" ? state.attemptsLeft : undefined}
        />
      )}
      {mode === "lesson" && (
        <InteractionActions
          actionsRef={actionsRef}
          state={state}
          scored={scoring.scored}
          selfSubmitting={selfSubmitting}
          send={send}
          retry={retry}
        />
      )}
    </section>
  );
}
