import { useEffect, useRef } from "preact/hooks";
import { RichText } from "../../runtime/hast/render-hast.tsx";
import { useAnnounce } from "../../runtime/hooks/announcer.tsx";
import { useFocusAfterRender } from "../../runtime/hooks/focus-after-render.ts";
import { useMessages } from "../../runtime/hooks/player-context.tsx";
import { displayOrder } from "../../runtime/interaction/display-order.ts";
import { VerdictLabel } from "../../runtime/interaction/verdict.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { formatNumber } from "../../runtime/messages/format.ts";
import { idsOf } from "../behaviour.ts";
import { plainText } from "../plain-text.ts";
import type { Sequencing } from "./index.ts";

/**
 * An ordered list, each step with its position and Move up / Move down buttons (keyboard and touch;
 * the equal alternative to dragging). The view starts from a stable shuffle and sends it as the
 * first response, so a learner who believes it is right can submit it. Moves are announced with the
 * new position. Once checked, the buttons give way to a mark on each step; with the answer shown,
 * the right order follows.
 */
export function SequencingView(props: InteractionViewProps<Sequencing>) {
  const { interaction, locked } = props;
  const messages = useMessages();
  const announce = useAnnounce();
  const list = useRef<HTMLOListElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const byId = new Map(interaction.steps.map((step) => [step.id, step]));
  const order = props.response
    ? idsOf(props.response)
    : displayOrder(interaction.steps, interaction.id, props.shuffleSeed ?? 0, true).map((step) => step.id);
  const answerKey = props.answerKey ? idsOf(props.answerKey) : undefined;

  useEffect(() => {
    if (!props.response && !locked) props.setResponse({ kind: "ids", ids: order });
  }, [props.response === undefined]);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const id = order[index];
    if (id === undefined || target < 0 || target >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(target, 0, id);
    props.setResponse({ kind: "ids", ids: next });
    const label = plainText(byId.get(id)?.content ?? []);
    announce(messages.movedTo(label, target + 1, order.length));
    // Keep focus on the moved step: its button in the direction of travel, or the other one at an end.
    focusAfterRender(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-step="${id}"] button`);
      const preferred = buttons?.[by < 0 ? 0 : 1];
      return preferred && !preferred.disabled ? preferred : buttons?.[by < 0 ? 1 : 0];
    });
  };

  return (
    <>
      <ol class="cm-rows cm-sequence" ref={list} aria-labelledby={props.promptId}>
        {order.map((id, index) => {
          const step = byId.get(id);
          if (!step) return null;
          const label = plainText(step.content);
          return (
            <li class="cm-row" key={id} data-step={id}>
              {/* The list itself tells screen readers the position ("1 of 4"). */}
              <span class="cm-number" aria-hidden="true">
                {formatNumber(messages.lang, index + 1)}
              </span>
              <span class="cm-row-label">
                <RichText content={step.content} inline />
              </span>
              {locked ? (
                answerKey && <VerdictLabel verdict={answerKey[index] === id ? "correct" : "incorrect"} />
              ) : (
                <span class="cm-move">
                  <button
                    type="button"
                    class="cm-button cm-button-quiet"
                    disabled={index === 0}
                    aria-label={messages.moveUpItem(label)}
                    onClick={() => move(index, -1)}
                  >
                    ↑<span class="cm-move-word">{messages.moveUp}</span>
                  </button>
                  <button
                    type="button"
                    class="cm-button cm-button-quiet"
                    disabled={index === order.length - 1}
                    aria-label={messages.moveDownItem(label)}
                    onClick={() => move(index, 1)}
                  >
                    ↓<span class="cm-move-word">{messages.moveDown}</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {props.revealed && (
        <div class="cm-model-answer">
          <p>
            <strong>{messages.correctAnswerIs}</strong>
          </p>
          <ol>
            {idsOf(props.revealed).map((id) => (
              <li key={id}>
                <RichText content={byId.get(id)?.content ?? []} inline />
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
