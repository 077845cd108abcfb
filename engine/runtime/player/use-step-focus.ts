import type { RefObject } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";

const HEADING = /^H[2-6]$/;

/** The heading a screen opens with (its first element, or that element's first child), if any. */
export function openingHeading(screen: Element | null | undefined): HTMLElement | undefined {
  let element = screen?.firstElementChild;
  for (let depth = 0; element && depth < 3; depth += 1) {
    if (HEADING.test(element.tagName)) return element as HTMLElement;
    element = element.firstElementChild;
  }
  return undefined;
}

/**
 * A new step (Next, Previous, a lesson from the menu) or the credits: the player's top comes into
 * view and focus moves to where the learner reads on, so screen readers start there and keyboard
 * users are not lost. Within a lesson that is the new screen's own heading when it opens with one;
 * a new lesson (or a screen without a heading, the assessment, the credits) focuses the page title.
 * Nothing moves on the first render: the learner has just arrived. Focus moves right after the
 * render, in the same task as the press (hooks/focus-after-render.ts says why).
 */
export function useStepFocus(options: {
  stepKey: string;
  lessonId: string | undefined;
  player: RefObject<HTMLElement>;
  title: RefObject<HTMLElement>;
}) {
  const previous = useRef<{ stepKey: string; lessonId: string | undefined }>();
  const { stepKey, lessonId } = options;
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = { stepKey, lessonId };
    if (!before || before.stepKey === stepKey) return;
    const sameLesson = lessonId !== undefined && before.lessonId === lessonId;
    const heading = sameLesson
      ? openingHeading(options.player.current?.querySelector(".cm-screen"))
      : undefined;
    const target = heading ?? options.title.current;
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    options.player.current?.scrollIntoView?.({ block: "start" });
    target.focus({ preventScroll: true });
  }, [stepKey, lessonId]);
}
