import { useEffect, useId, useRef } from "preact/hooks";
import type { ScoreResult } from "../../interactions/behaviour.ts";
import { behaviourOf } from "../../interactions/behaviours.ts";
import { plainText } from "../../interactions/plain-text.ts";
import type { Interaction } from "../../interactions/registry.ts";
import { RichText } from "../hast/render-hast.tsx";
import { useAnnounce } from "../hooks/announcer.tsx";
import { useInteraction } from "../hooks/interactions.tsx";
import { useMessages } from "../hooks/player-context.tsx";
import { InteractionActions } from "./interaction-actions.tsx";
import { InteractionFeedback } from "./interaction-feedback.tsx";
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
  const View = interactionViews[interaction.type] as (typeof interactionViews)[Interaction["type"]];
  const { result } = state;
  const feedback = result ? generalFeedback(interaction, result) : [];

  // Announce and focus the feedback when the learner submits here (not when a saved answer is restored).
  const previousPhase = useRef(state.phase);
  useEffect(() => {
    const justSubmitted =
      previousPhase.current === "answering" && (state.phase === "feedback" || state.phase === "revealed");
    previousPhase.current = state.phase;
    if (mode !== "lesson" || !justSubmitted || !result) return;
    announce([verdictWords(verdictOf(result), messages), plainText(feedback)].filter(Boolean).join(". "));
    // Submit is gone now: focus the next thing to do (retry, show answer), else the feedback itself.
    (actionsRef.current?.querySelector<HTMLElement>("button") ?? feedbackRef.current)?.focus();
  }, [state.phase]);

  const retry = () => {
    send({ type: "answer.retry" });
    requestAnimationFrame(() =>
      controlsRef.current
        ?.querySelector<HTMLElement>("input:not([disabled]), select, textarea, button:not([disabled])")
        ?.focus(),
    );
  };

  return (
    <section
      class={`cm-interaction cm-interaction-${interaction.type}`}
      aria-labelledby={promptId}
      data-interaction={interaction.id}
    >
      <div id={promptId} class="cm-prompt">
        <RichText content={"prompt" in interaction ? interaction.prompt : []} />
      </div>
      {interaction.required && <p class="cm-required">{messages.requiredQuestion}</p>}
      <div ref={controlsRef}>
        <View
          interaction={interaction as never}
          response={state.response}
          setResponse={(response) => send({ type: "answer.change", response })}
          result={result}
          revealed={state.revealed}
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
          scored={behaviourOf(interaction).scoring.scored}
          send={send}
          retry={retry}
        />
      )}
    </section>
  );
}
