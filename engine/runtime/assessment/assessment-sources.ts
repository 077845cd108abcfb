import type { ActorRefFrom } from "xstate";
import type { assessmentMachine } from "../../machines/assessment.machine.ts";
import { type InteractionViewState, selectAssessmentView } from "../../machines/selectors.ts";
import type { InteractionSource, InteractionSources } from "../hooks/interactions.tsx";

type AssessmentRef = ActorRefFrom<typeof assessmentMachine>;

/** An assessment item as an interaction view sees it: answering, or in review with its result. */
function itemState(ref: AssessmentRef, itemId: string): InteractionViewState {
  const view = selectAssessmentView(ref.getSnapshot());
  const review = view.outcome?.items.find((entry) => entry.item.id === itemId);
  return {
    phase: review ? "feedback" : "answering",
    response: view.responses[itemId],
    result: review?.result,
    revealed: undefined,
    locked: view.phase !== "answering",
    hintShown: false,
    canSubmit: false,
    canRetry: false,
    canReveal: false,
    canShowHint: false,
    attemptsLeft: undefined,
  };
}

/** The drawn items of the assessment as view sources; answers go to the assessment actor. */
export function assessmentSources(ref: AssessmentRef, shuffleSeed: number | undefined): InteractionSources {
  const sources = new Map<string, InteractionSource>();
  const create = (itemId: string): InteractionSource => ({
    get: () => itemState(ref, itemId),
    subscribe(listener) {
      const subscription = ref.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    send(event) {
      if (event.type === "answer.change")
        ref.send({ type: "answer.change", itemId, response: event.response });
    },
  });
  return {
    mode: "assessment",
    shuffleSeed,
    sourceOf(itemId) {
      const source = sources.get(itemId) ?? create(itemId);
      sources.set(itemId, source);
      return source;
    },
  };
}
