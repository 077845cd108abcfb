import { useId, useState } from "preact/hooks";
import { RichText } from "../hast/render-hast.tsx";
import { useMessages } from "../hooks/player-context.tsx";
import { BlockList } from "./block-view.tsx";
import type { Panel } from "./panels.ts";

/**
 * Flip cards: each card's front is a button (a disclosure) that turns the card to show its back
 * below it; the back holds ordinary blocks, so nothing but the front text sits inside the button.
 * The turn is a CSS transition that prefers-reduced-motion removes; the content never depends on it.
 */
export function FlipCardsView(props: { panels: Panel[] }) {
  const [turned, setTurned] = useState<ReadonlySet<number>>(new Set());
  const messages = useMessages();
  const id = useId();
  const toggle = (index: number) => {
    const next = new Set(turned);
    if (!next.delete(index)) next.add(index);
    setTurned(next);
  };
  return (
    <ul class="cm-flip-cards">
      {props.panels.map((panel, index) => {
        const isTurned = turned.has(index);
        return (
          <li key={panel.id} class={`cm-flip-card${isTurned ? " cm-flip-card-turned" : ""}`}>
            <button
              type="button"
              class="cm-flip-card-face"
              aria-expanded={isTurned}
              aria-controls={`${id}-${index}`}
              onClick={() => toggle(index)}
            >
              <span class="cm-flip-card-front">
                <RichText content={panel.heading} inline />
              </span>
              <span class="cm-flip-card-hint">
                {isTurned ? messages.flipCardBack : messages.flipCardFront}
              </span>
            </button>
            <div id={`${id}-${index}`} class="cm-flip-card-back" hidden={!isTurned}>
              <BlockList blocks={panel.content} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
