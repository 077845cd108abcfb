import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { CourseActor } from "../../machines/course.machine.ts";
import { scopeOutcome } from "../../machines/outcome.ts";
import {
  selectBlockingIds,
  selectCompletion,
  selectProgressMeasure,
  selectStep,
} from "../../machines/selectors.ts";
import { AssessmentView } from "../assessment/assessment-view.tsx";
import { actorSources } from "../hooks/actor-sources.ts";
import { InteractionsProvider } from "../hooks/interactions.tsx";
import {
  useChromeLang,
  useCourse,
  useEmbedded,
  useExit,
  useMediaUrl,
  useMessages,
} from "../hooks/player-context.tsx";
import { themeStyle } from "../theme/theme.ts";
import { CreditsView } from "./credits-view.tsx";
import { LessonMenu } from "./lesson-menu.tsx";
import type { NoticeFeed } from "./notice-feed.ts";
import { NoticesView } from "./notices-view.tsx";
import { ScreenView } from "./screen-view.tsx";
import { StepNav } from "./step-nav.tsx";
import { useActorSnapshot } from "./use-actor-snapshot.ts";

/**
 * The player shell: course and lesson title, progress, lesson menu, tracker notices, the current
 * step (a lesson screen or the assessment), prev/next, completion, and the credits screen.
 */
export function Player(props: { actor: CourseActor; feed: NoticeFeed }) {
  const course = useCourse();
  const messages = useMessages();
  const lang = useChromeLang();
  const mediaUrl = useMediaUrl();
  const embedded = useEmbedded();
  const exit = useExit();
  const snapshot = useActorSnapshot(props.actor);
  const { context } = snapshot;
  const [showCredits, setShowCredits] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sources = useMemo(() => actorSources(context.interactionRefs), [context.interactionRefs]);
  const step = selectStep(snapshot);
  const lessonIds = useMemo(
    () => new Set(context.plan.modules.flatMap((module) => module.lessons.map((entry) => entry.id))),
    [context.plan],
  );
  const lesson =
    step?.kind === "screen"
      ? context.plan.modules
          .flatMap((module) => module.lessons)
          .find((candidate) => candidate.id === step.lessonId)
      : undefined;
  const percent = Math.round(selectProgressMeasure(snapshot) * 100);
  // A failed final assessment (or scored module) is not a finished course, whatever the completion rule says.
  const completed = selectCompletion(snapshot) === "completed" && scopeOutcome(context).success !== "failed";
  const blocked = selectBlockingIds(snapshot).length > 0;

  // A new step: focus its title, so screen readers start there and keyboard users are not lost.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: "start" });
  }, [context.position, showCredits]);

  const title = showCredits
    ? messages.credits
    : step?.kind === "assessment"
      ? messages.assessment
      : (lesson?.title ?? course.title);
  // The window title names the screen too (WCAG 2.4.2), e.g. in the tab list and history.
  useEffect(() => {
    document.title = title === course.title ? title : `${title} – ${course.title}`;
  }, [title]);

  // The host page (the web edition) has its own main landmark; a package's player is the page.
  const content = (
    <>
      <NoticesView feed={props.feed} />
      {showCredits ? (
        <CreditsView onClose={() => setShowCredits(false)} />
      ) : (
        <InteractionsProvider sources={sources}>
          {step?.kind === "screen" && lesson && (
            <ScreenView key={step.address} screen={lesson.screens[step.screenIndex]} />
          )}
          {step?.kind === "assessment" && context.assessmentRef && (
            <AssessmentView assessment={context.assessmentRef} lessonIds={lessonIds} />
          )}
          {completed && context.position === context.plan.steps.length - 1 && (
            <p class="cm-complete" role="status">
              <span aria-hidden="true">✓ </span>
              {messages[scopeCompleteMessage(context.plan.scope.kind)]}
            </p>
          )}
        </InteractionsProvider>
      )}
    </>
  );

  return (
    <div class="cm-player" style={themeStyle(course.theme)}>
      {!embedded && (
        <a class="cm-skip" href="#cm-main" lang={lang}>
          {messages.skipToContent}
        </a>
      )}
      <header class="cm-header">
        <div class="cm-header-inner">
          <div class="cm-header-row" hidden={embedded}>
            {course.theme.logo && <img class="cm-logo" src={mediaUrl(course.theme.logo)} alt="" />}
            <p class="cm-course-title">{course.title}</p>
            <button
              type="button"
              class="cm-button cm-button-quiet"
              lang={lang}
              aria-pressed={showCredits}
              onClick={() => setShowCredits(!showCredits)}
            >
              {messages.credits}
            </button>
            {exit && (
              <button type="button" class="cm-button cm-button-quiet" lang={lang} onClick={exit}>
                {messages.exit}
              </button>
            )}
          </div>
          <h1 class="cm-lesson-title" tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          <div class="cm-progress" lang={lang}>
            <label for="cm-progress">{messages.progressLabel}</label>
            <progress
              id="cm-progress"
              max={100}
              value={percent}
              aria-valuetext={messages.progressValue(percent)}
            />
            <span aria-hidden="true">{percent}%</span>
          </div>
          <LessonMenu
            snapshot={snapshot}
            onJump={(address) => {
              setShowCredits(false);
              props.actor.send({ type: "nav.jump", address });
            }}
          />
        </div>
      </header>
      {embedded ? (
        <div id="cm-main" class="cm-main">
          {content}
        </div>
      ) : (
        <main id="cm-main" class="cm-main" tabIndex={-1}>
          {content}
        </main>
      )}
      {!showCredits && step && (
        <StepNav
          position={context.position}
          stepCount={context.plan.steps.length}
          step={step}
          blocked={blocked}
          onPrev={() => props.actor.send({ type: "nav.prev" })}
          onNext={() => props.actor.send({ type: "nav.next" })}
        />
      )}
    </div>
  );
}

function scopeCompleteMessage(kind: string) {
  if (kind === "lesson") return "lessonComplete" as const;
  if (kind === "module") return "moduleComplete" as const;
  return "courseComplete" as const;
}
