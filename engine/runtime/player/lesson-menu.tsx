import type { SnapshotFrom } from "xstate";
import type { courseMachine } from "../../machines/course.machine.ts";
import { selectOutline } from "../../machines/selectors.ts";
import { useChromeLang, useMessages } from "../hooks/player-context.tsx";
import type { TextKey } from "../messages/en.ts";

type LessonState = "done" | "current" | "started" | "not-started";
type Outline = ReturnType<typeof selectOutline>;

const STATE_WORDS: Record<LessonState, TextKey> = {
  done: "lessonDone",
  current: "lessonCurrent",
  started: "lessonStarted",
  "not-started": "lessonNotStarted",
};

function lessonEntry(
  outline: Outline,
  lessonId: string,
): { state: LessonState; open: boolean; address: string } {
  const steps = outline.filter((entry) => entry.step.kind === "screen" && entry.step.lessonId === lessonId);
  const seen = steps.filter((entry) => entry.visited).length;
  const first = steps[0];
  const state: LessonState = steps.some((entry) => entry.current)
    ? "current"
    : seen === steps.length
      ? "done"
      : seen > 0
        ? "started"
        : "not-started";
  return { state, open: first?.open ?? false, address: first?.step.address ?? "" };
}

/**
 * The lessons of the scope, grouped by module (the panel the bar's menu button opens); each lesson
 * is a button that jumps to its first screen (unavailable while a required question before it is
 * unanswered). "About this course" closes the list.
 */
export function LessonMenu(props: {
  id: string;
  expanded: boolean;
  snapshot: SnapshotFrom<typeof courseMachine>;
  onJump(address: string): void;
  onAbout(): void;
  onClose(): void;
}) {
  const messages = useMessages();
  const lang = useChromeLang();
  const outline = selectOutline(props.snapshot);
  const { modules } = props.snapshot.context.plan;
  return (
    <nav id={props.id} class="cm-menu" aria-label={messages.courseMenu} hidden={!props.expanded}>
      {modules.map((module) => (
        <div key={module.id}>
          {modules.length > 1 && <h2 class="cm-menu-module">{module.title}</h2>}
          <ol>
            {module.lessons.map((lesson) => {
              const entry = lessonEntry(outline, lesson.id);
              return (
                <li key={lesson.id}>
                  <button
                    type="button"
                    class="cm-menu-lesson"
                    aria-current={entry.state === "current" ? "step" : undefined}
                    aria-disabled={!entry.open}
                    onClick={() => {
                      if (!entry.open) return;
                      if (entry.state !== "current") props.onJump(entry.address);
                      props.onClose();
                    }}
                  >
                    <span>{lesson.title}</span>
                    <span class="cm-menu-state" lang={lang}>
                      {messages[STATE_WORDS[entry.state]]} · {messages.minutes(lesson.minutes)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <button type="button" class="cm-button cm-button-quiet" lang={lang} onClick={props.onAbout}>
        {messages.credits}
      </button>
    </nav>
  );
}
