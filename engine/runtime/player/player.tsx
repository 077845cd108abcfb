import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
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
  useImageSize,
  useMediaUrl,
  useMessages,
} from "../hooks/player-context.tsx";
import { themeStyle } from "../theme/theme.ts";
import { CreditsView } from "./credits-view.tsx";
import type { HostPage } from "./host-page.ts";
import { GoalMeta } from "./host-parts.tsx";
import { LessonMenu } from "./lesson-menu.tsx";
import type { NoticeFeed } from "./notice-feed.ts";
import { NoticesView } from "./notices-view.tsx";
import { ScreenView } from "./screen-view.tsx";
import { StepNav } from "./step-nav.tsx";
import { useActorSnapshot } from "./use-actor-snapshot.ts";
import { useStepFocus } from "./use-step-focus.ts";

/**
 * The player shell: one compact bar (course title, lesson menu, exit) over a thin progress bar,
 * tracker notices, the lesson's meta line and title, the current step (a lesson screen or the
 * assessment), one Previous/Next pair, completion, and the credits screen. `host`: what the web
 * edition's page adds (links to the course and the neighbouring lessons, the lesson's goal).
 */
export function Player(props: { actor: CourseActor; feed: NoticeFeed; host?: HostPage }) {
  const course = useCourse();
  const messages = useMessages();
  const lang = useChromeLang();
  const mediaUrl = useMediaUrl();
  const imageSize = useImageSize();
  const embedded = useEmbedded();
  const exit = useExit();
  const snapshot = useActorSnapshot(props.actor);
  const { context } = snapshot;
  const host = props.host ?? {};
  const [showCredits, setShowCredits] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const playerRef = useRef<HTMLDivElement>(null);
  const sources = useMemo(() => actorSources(context.interactionRefs), [context.interactionRefs]);
  const step = selectStep(snapshot);
  const lessonIds = useMemo(
    () => new Set(context.plan.modules.flatMap((module) => module.lessons.map((entry) => entry.id))),
    [context.plan],
  );
  const module =
    step?.kind === "screen" ? context.plan.modules.find((entry) => entry.id === step.moduleId) : undefined;
  const lesson =
    step?.kind === "screen" ? module?.lessons.find((candidate) => candidate.id === step.lessonId) : undefined;
  const percent = Math.round(selectProgressMeasure(snapshot) * 100);
  // A failed final assessment (or scored module) is not a finished course, whatever the completion rule says.
  const completed = selectCompletion(snapshot) === "completed" && scopeOutcome(context).success !== "failed";
  const blocked = selectBlockingIds(snapshot).length > 0;
  const hasLessons = context.plan.modules.some((entry) => entry.lessons.length > 0);

  useStepFocus({
    stepKey: showCredits ? "credits" : String(context.position),
    lessonId: showCredits ? undefined : lesson?.id,
    player: playerRef,
    title: headingRef,
  });

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
      {!showCredits && module && lesson && (
        <LessonMeta meta={`${module.title} · ${messages.minutes(lesson.minutes)}`} goal={host.goal} />
      )}
      <h1 class="cm-lesson-title" tabIndex={-1} ref={headingRef}>
        {title}
      </h1>
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
    <div class="cm-player" style={themeStyle(course.theme)} ref={playerRef}>
      {!embedded && (
        <a class="cm-skip" href="#cm-main" lang={lang}>
          {messages.skipToContent}
        </a>
      )}
      <header class="cm-header">
        <div class="cm-bar">
          {course.theme.logo && (
            <img class="cm-logo" src={mediaUrl(course.theme.logo)} {...imageSize(course.theme.logo)} alt="" />
          )}
          {host.courseHref ? (
            <a class="cm-course-title" href={host.courseHref}>
              {course.title}
            </a>
          ) : (
            <p class="cm-course-title">{course.title}</p>
          )}
          {exit && (
            <button type="button" class="cm-button cm-button-quiet" lang={lang} onClick={exit}>
              {messages.exit}
            </button>
          )}
          {hasLessons ? (
            <button
              type="button"
              class="cm-button cm-button-quiet"
              lang={lang}
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen(!menuOpen)}
            >
              <span class="cm-menu-icon" aria-hidden="true">
                ☰
              </span>
              {messages.courseMenu}
            </button>
          ) : (
            // An assessment of its own lists no lessons: its menu would hold "About this course" alone.
            <button
              type="button"
              class="cm-button cm-button-quiet"
              lang={lang}
              onClick={() => setShowCredits(true)}
            >
              {messages.credits}
            </button>
          )}
        </div>
        <progress
          class="cm-progress"
          lang={lang}
          max={100}
          value={percent}
          aria-label={messages.progressLabel}
          aria-valuetext={messages.progressValue(percent)}
        />
        {hasLessons && (
          <LessonMenu
            id={menuId}
            expanded={menuOpen}
            snapshot={snapshot}
            onClose={() => setMenuOpen(false)}
            onAbout={() => {
              setMenuOpen(false);
              setShowCredits(true);
            }}
            onJump={(address) => {
              setShowCredits(false);
              props.actor.send({ type: "nav.jump", address });
            }}
          />
        )}
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
          host={host}
          onPrev={() => props.actor.send({ type: "nav.prev" })}
          onNext={() => props.actor.send({ type: "nav.next" })}
        />
      )}
    </div>
  );
}

/** Module · minutes on one line; with the site's goal, a disclosure that shows the whole goal when opened. */
function LessonMeta(props: { meta: string; goal: string | undefined }) {
  return props.goal && GoalMeta ? (
    <GoalMeta meta={props.meta} goal={props.goal} />
  ) : (
    <p class="cm-meta">{props.meta}</p>
  );
}

function scopeCompleteMessage(kind: string) {
  if (kind === "lesson") return "lessonComplete" as const;
  if (kind === "module") return "moduleComplete" as const;
  return "courseComplete" as const;
}
