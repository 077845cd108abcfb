import type { ComponentChildren } from "preact";
import { useOpenLesson } from "../hooks/player-context.tsx";

/**
 * A link to a lesson of this player: a real link (`#lesson-id`, so it reads, focuses and opens in
 * the way of every link) that the host opens its own way (a jump in a package, a page on the site).
 */
export function LessonLink(props: {
  lessonId: string;
  children: ComponentChildren;
  attributes?: Record<string, unknown>;
}) {
  const openLesson = useOpenLesson();
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    openLesson(props.lessonId);
  };
  return (
    <a {...props.attributes} href={`#${props.lessonId}`} onClick={onClick}>
      {props.children}
    </a>
  );
}
