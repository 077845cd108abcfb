/**
 * What only a host page (the web edition) shows: links to its neighbouring lessons and the lesson's
 * goal. No package has a host page, so exporters/bundle-contents.ts leaves this file out of every
 * package's player (its exports are then undefined, and callers fall back to the package's own parts).
 */
import { Arrow } from "./arrow.tsx";
import type { PageLink } from "./host-page.ts";

/** A link to a neighbouring page of the host (the web edition's previous or next lesson). */
export function HostLink(props: { link: PageLink; words: string; rel: "prev" | "next"; quiet?: boolean }) {
  const { link, words, rel } = props;
  const label = link.label ?? words;
  return (
    <a class={`cm-button${props.quiet ? " cm-button-quiet" : ""}`} href={link.href} rel={rel}>
      {rel === "prev" && <Arrow text="←" />}
      <span>
        {label}
        {link.label ? null : <span class="cm-visually-hidden">{` (${link.title})`}</span>}
      </span>
      {rel === "next" && <Arrow text="→" />}
    </a>
  );
}

/** Module · minutes with the host's goal: a disclosure, one line until opened. */
export function GoalMeta(props: { meta: string; goal: string }) {
  return (
    <details class="cm-meta">
      <summary>
        <span>
          {props.meta} · {props.goal}
        </span>
      </summary>
    </details>
  );
}
