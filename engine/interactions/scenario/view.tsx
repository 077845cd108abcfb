import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { RichText } from "../../runtime/hast/render-hast.tsx";
import { useMessages } from "../../runtime/hooks/player-context.tsx";
import type { InteractionViewProps } from "../../runtime/interaction/view-contract.ts";
import { idsOf } from "../behaviour.ts";
import type { Scenario } from "./index.ts";
import { walk } from "./scoring.ts";

const OUTCOME_WORDS = {
  best: "scenarioOutcomeBest",
  okay: "scenarioOutcomeOkay",
  poor: "scenarioOutcomePoor",
} as const;

/**
 * One scene at a time: its title, story and choices (buttons). A choice moves to the next scene and
 * focuses its title; a choice that reaches an ending shows the ending's story and outcome and submits
 * the path itself (no Check button). Trying again starts from the first scene. Response: the choice
 * ids taken from the first scene. With the answer shown, the best path is listed.
 */
export function ScenarioView(props: InteractionViewProps<Scenario>) {
  const { interaction, locked } = props;
  const messages = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  const path = props.response ? idsOf(props.response) : [];
  const scenes = walk(interaction, path) ?? walk(interaction, []) ?? [];
  const scene = scenes.at(-1);
  const best = props.revealed ? walk(interaction, idsOf(props.revealed)) : undefined;
  const firstRender = useRef(true);
  // Unlocked again at an ending (Try again, never on the first render): start over, as that ending
  // was already recorded.
  useEffect(() => {
    if (!firstRender.current && !locked && scene?.ending) props.setResponse({ kind: "ids", ids: [] });
  }, [locked]);
  useLayoutEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [path.length]);
  const choose = (choiceId: string) => {
    const next = [...path, choiceId];
    props.setResponse({ kind: "ids", ids: next });
    if (walk(interaction, next)?.at(-1)?.ending) props.submit();
  };
  if (!scene) return null;
  return (
    <div class="cm-scene">
      <h3 tabIndex={-1} ref={heading}>
        <RichText content={scene.title} inline />
      </h3>
      <RichText content={scene.content} />
      {scene.ending ? (
        <p class="cm-feedback">
          <strong>{messages[OUTCOME_WORDS[scene.ending.outcome]]}: </strong>
          <RichText content={scene.ending.content} inline />
        </p>
      ) : (
        <fieldset class="cm-options">
          <legend class="cm-visually-hidden">{messages.scenarioChoices}</legend>
          {scene.choices.map((choice) => (
            <button
              type="button"
              class="cm-button cm-button-quiet cm-choice"
              key={choice.id}
              disabled={locked}
              onClick={() => choose(choice.id)}
            >
              <RichText content={choice.content} inline />
            </button>
          ))}
        </fieldset>
      )}
      {path.length > 0 && !locked && (
        <p>
          <button
            type="button"
            class="cm-button cm-button-quiet"
            onClick={() => props.setResponse({ kind: "ids", ids: [] })}
          >
            {messages.scenarioRestart}
          </button>
        </p>
      )}
      {best && (
        <div class="cm-model-answer">
          <p>
            <strong>{messages.scenarioBestPath}</strong>
          </p>
          <ol>
            {best.map((step) => (
              <li key={step.id}>
                <RichText content={step.title} inline />
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
