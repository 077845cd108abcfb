import { idsOf, resultFromShare, type TypeScoring } from "../behaviour.ts";
import { ENDING_SCORES } from "./endings.ts";
import type { Scenario } from "./index.ts";
import type { Scene } from "./scenes.ts";

/** A walk longer than this is a loop, not an answer (it also bounds the record size). */
export const maxPathLength = (interaction: Scenario) => interaction.scenes.length * 2;

/** The scenes a path of choice ids leads through, from the first scene; undefined if a step is invalid. */
export function walk(interaction: Scenario, choiceIds: readonly string[]): Scene[] | undefined {
  const byId = new Map(interaction.scenes.map((scene) => [scene.id, scene]));
  const first = interaction.scenes[0];
  if (!first) return undefined;
  const visited: Scene[] = [first];
  for (const choiceId of choiceIds) {
    const current = visited[visited.length - 1];
    const next = byId.get(current?.choices.find((choice) => choice.id === choiceId)?.target ?? "");
    if (!next) return undefined;
    visited.push(next);
  }
  return visited;
}

/** The shortest path of choices to a `best` ending (breadth-first), for "show answer". */
export const bestPath = (interaction: Scenario): string[] | undefined => pathToEnding(interaction, "best");

/** The shortest path of choices to an ending with the given outcome (breadth-first). */
export function pathToEnding(
  interaction: Scenario,
  outcome: NonNullable<Scene["ending"]>["outcome"],
): string[] | undefined {
  const first = interaction.scenes[0];
  const byId = new Map(interaction.scenes.map((scene) => [scene.id, scene]));
  const queue: Array<[Scene, string[]]> = first ? [[first, []]] : [];
  const seen = new Set(first ? [first.id] : []);
  for (let item = queue.shift(); item; item = queue.shift()) {
    const [scene, path] = item;
    if (scene.ending?.outcome === outcome) return path;
    for (const choice of scene.choices) {
      const next = byId.get(choice.target);
      if (next && !seen.has(next.id)) {
        seen.add(next.id);
        queue.push([next, [...path, choice.id]]);
      }
    }
  }
  return undefined;
}

function ending(interaction: Scenario, choiceIds: readonly string[]) {
  if (choiceIds.length > maxPathLength(interaction)) return undefined;
  return walk(interaction, choiceIds)?.at(-1)?.ending;
}

/**
 * Response: `ids` of the choices taken, in order, from the first scene. Answerable once the path
 * reaches an ending; the score is the ending's (best 1, okay 0.5, poor 0), `correct` only for best.
 */
export const scenarioScoring: TypeScoring<Scenario> = {
  isAnswerable: (interaction, response) => ending(interaction, idsOf(response)) !== undefined,
  score(interaction, response) {
    const reached = ending(interaction, idsOf(response));
    return resultFromShare(reached ? ENDING_SCORES[reached.outcome] : 0, true, []);
  },
  correctResponse: (interaction) => {
    const path = bestPath(interaction);
    return path && { kind: "ids", ids: path };
  },
  largestResponse: (interaction) => ({ kind: "ids", ids: Array(maxPathLength(interaction)).fill("a") }),
};
