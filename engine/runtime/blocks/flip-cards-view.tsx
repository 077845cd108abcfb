import { useState } from "preact/hooks";
import { RichText } from "../hast/render-hast.tsx";
import { useMessages } from "../hooks/player-context.tsx";
import { BlockList } from "./block-view.tsx";
import type { Panel } from "./panels.ts";

/**
 * Flip cards: each card is a toggle button (aria-pressed) showing its front or its back. The turn
 * is a CSS transition that prefers-reduced-motion removes; the content swap never depends on it.
 */
export function FlipCardsView(props: { panels: Panel[] }) {
  const [turned, setTurned] = useState<ReadonlySet<number>>(new Set());
  const messages = useMessages();
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
          <li key={index} class={`cm-flip-card${isTurned ? " cm-flip-card-turned" : ""}`}>
            <button
              type="button"
              class="cm-flip-card-face"
              aria-pressed={isTurned}
              onClick={() => toggle(index)}
            >
              <span class="cm-visually-hidden">
                {isTurned ? messages.flipCardBack : messages.flipCardFront}{" "}
              </span>
              {isTurned ? (
                <span class="cm-flip-card-back">
                  <strong class="cm-flip-card-title">
                    <RichText content={panel.heading} inline />
                  </strong>
                  <BackContent panel={panel} />
                </span>
              ) : (
                <span class="cm-flip-card-front">
                  <RichText content={panel.heading} inline />
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The back inside a button must be phrasing content: prose blocks render inline. */
function BackContent(props: { panel: Panel }) {
  return (
    <>
      {props.panel.content.map((block, index) =>
        block.kind === "prose" ? (
          <RichText key={index} content={block.content} inline />
        ) : (
          <BlockList key={index} blocks={[block]} />
        ),
      )}
    </>
  );
}
