import { useEffect, useLayoutEffect, useMemo, useRef } from "preact/hooks";
import type { ActorRefFrom } from "xstate";
import type { assessmentMachine } from "../../machines/assessment.machine.ts";
import { selectAssessmentView } from "../../machines/selectors.ts";
import { LessonLink } from "../hast/lesson-link.tsx";
import { useAnnounce } from "../hooks/announcer.tsx";
import { InteractionsProvider } from "../hooks/interactions.tsx";
import { useCourse, useMessages } from "../hooks/player-context.tsx";
import { InteractionHost } from "../interaction/interaction-host.tsx";
import { useActorSnapshot } from "../player/use-actor-snapshot.ts";
import { assessmentSources } from "./assessment-sources.ts";

/**
 * The final assessment: a start screen, the drawn items (answered in any order, submitted together),
 * then the score against the pass mark with each item's result and the lesson to review.
 */
export function AssessmentView(props: {
  assessment: ActorRefFrom<typeof assessmentMachine>;
  lessonIds: ReadonlySet<string>;
}) {
  const snapshot = useActorSnapshot(props.assessment);
  const view = selectAssessmentView(snapshot);
  const course = useCourse();
  const messages = useMessages();
  const announce = useAnnounce();
  const shuffleSeed = view.shuffleOptions ? view.seed : undefined;
  const sources = useMemo(
    () => assessmentSources(props.assessment, shuffleSeed),
    [props.assessment, shuffleSeed],
  );
  const resultRef = useRef<HTMLHeadingElement>(null);
  const firstQuestionRef = useRef<HTMLHeadingElement>(null);
  const phaseBefore = useRef(view.phase);
  const lessons = new Map(
    course.modules.flatMap((module) => module.lessons).map((lesson) => [lesson.id, lesson]),
  );

  // Focus moves in a layout effect, in the same task as the press (hooks/focus-after-render.ts);
  // the result is announced in an effect, as every announcement is, so they keep their order.
  useLayoutEffect(() => {
    if (view.phase === "review" && view.outcome) resultRef.current?.focus();
  }, [view.phase]);
  useEffect(() => {
    if (view.phase !== "review" || !view.outcome) return;
    announce(
      `${messages.assessmentScore(view.outcome.percent)} ${view.outcome.passed ? messages.assessmentPassed : messages.assessmentFailed(course.assessment.passMark)}`,
    );
  }, [view.phase]);

  // Started (or started again): the start or retry button is gone, so focus goes to question 1.
  useLayoutEffect(() => {
    const before = phaseBefore.current;
    phaseBefore.current = view.phase;
    if (view.phase === "answering" && before !== "answering") firstQuestionRef.current?.focus();
  }, [view.phase]);

  if (view.phase === "ready") {
    return (
      <div class="cm-assessment">
        <p>{messages.assessmentIntro(course.assessment.passMark)}</p>
        <button
          type="button"
          class="cm-button"
          disabled={!view.canStart}
          onClick={() => props.assessment.send({ type: "assessment.start" })}
        >
          {messages.startAssessment}
        </button>
      </div>
    );
  }
  return (
    <div class="cm-assessment">
      {view.outcome && (
        <div class={`cm-feedback cm-feedback-${view.outcome.passed ? "correct" : "incorrect"}`}>
          <h2 tabIndex={-1} ref={resultRef}>
            {messages.assessmentScore(view.outcome.percent)}
          </h2>
          <p class={`cm-verdict-${view.outcome.passed ? "correct" : "incorrect"}`}>
            {view.outcome.passed
              ? messages.assessmentPassed
              : messages.assessmentFailed(course.assessment.passMark)}
          </p>
        </div>
      )}
      <InteractionsProvider sources={sources}>
        <ol class="cm-assessment-items">
          {view.items.map((item, index) => {
            const review = view.outcome?.items.find((entry) => entry.item.id === item.id);
            const revisit = review?.revisit;
            const reviewText =
              revisit && `${messages.reviewLesson}: ${lessons.get(revisit)?.title ?? revisit}`;
            return (
              <li key={item.id}>
                <h2 class="cm-question-number" tabIndex={-1} ref={index === 0 ? firstQuestionRef : undefined}>
                  {messages.questionOf(index + 1, view.items.length)}
                </h2>
                <InteractionHost block={item} />
                {revisit && (
                  <p>
                    {props.lessonIds.has(revisit) ? (
                      <LessonLink lessonId={revisit}>{reviewText}</LessonLink>
                    ) : (
                      reviewText
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </InteractionsProvider>
      <div class="cm-actions">
        {view.phase === "answering" && (
          <button
            type="button"
            class="cm-button"
            aria-disabled={!view.canSubmit}
            onClick={() => view.canSubmit && props.assessment.send({ type: "assessment.submit" })}
          >
            {messages.submitAssessment}
          </button>
        )}
        {view.canRetry && (
          <button
            type="button"
            class="cm-button"
            onClick={() => props.assessment.send({ type: "assessment.retry" })}
          >
            {messages.assessmentRetry}
          </button>
        )}
      </div>
    </div>
  );
}
