/** A page of the host site the player links to (the web edition's neighbouring lessons). */
export interface PageLink {
  href: string;
  /** The page's title (a lesson's), added to the link's name for screen readers. */
  title: string;
  /** Visible words instead of "Previous lesson" / "Next lesson" (e.g. "Final assessment"). */
  label?: string;
}

/**
 * What a host page (the web edition) gives its player: where the course page is, the lessons
 * before and after this one (so one Previous/Next pair crosses lessons), and the lesson's goal.
 * A package has none of these: its player moves between the steps of its own scope.
 */
export interface HostPage {
  courseHref?: string;
  previous?: PageLink;
  next?: PageLink;
  /** The lesson's goal, already worded ("goal: …"): shown after the meta line, one line until opened. */
  goal?: string;
}
