import type { PlayerProgress } from "../course.machine.ts";
import { withoutPrivateResponses } from "../interaction-progress.ts";
import { ASSESSMENT_ADDRESS, type ScopePlan } from "../scope.ts";
import { hashKey } from "./keys.ts";
import {
  ASSESSMENT_LOCATION,
  ASSESSMENT_PHASES,
  INTERACTION_PHASES,
  RECORD_VERSION,
} from "./record-format.ts";
import { encodeResponse } from "./response-codec.ts";
import { encodeCount, SEPARATORS } from "./text.ts";

function encodeLocation(plan: ScopePlan, address: string | undefined): string {
  if (address === ASSESSMENT_ADDRESS) return ASSESSMENT_LOCATION;
  const step = plan.steps.find((candidate) => candidate.address === address);
  return step?.kind === "screen" ? `${hashKey(step.lessonId)}.${encodeCount(step.screenIndex)}` : "";
}

function encodeVisited(plan: ScopePlan, visited: readonly string[]): string {
  const masks = new Map<string, number>();
  for (const step of plan.steps) {
    if (step.kind !== "screen" || !visited.includes(step.address)) continue;
    masks.set(step.lessonId, (masks.get(step.lessonId) ?? 0) + 2 ** step.screenIndex);
  }
  return [...masks].map(([lessonId, mask]) => hashKey(lessonId) + encodeCount(mask)).join(SEPARATORS.entry);
}

function encodeInteractions(plan: ScopePlan, progress: PlayerProgress["interactions"]): string {
  return plan.interactions
    .flatMap((interaction) => {
      const entry = progress[interaction.id];
      if (!entry || (entry.phase === "idle" && !entry.hintShown && entry.attemptsUsed === 0)) return [];
      const state = INTERACTION_PHASES.indexOf(entry.phase) * 2 + (entry.hintShown ? 1 : 0);
      const head = hashKey(interaction.id) + encodeCount(state) + encodeCount(entry.attemptsUsed);
      return [head + SEPARATORS.field + encodeResponse(entry.response)];
    })
    .join(SEPARATORS.entry);
}

function encodeAssessment(assessment: PlayerProgress["assessment"]): string {
  if (!assessment) return "";
  const head = [
    encodeCount(assessment.seed),
    encodeCount(assessment.attemptsUsed),
    encodeCount(ASSESSMENT_PHASES.indexOf(assessment.phase)),
  ].join(SEPARATORS.field);
  const items = assessment.itemIds.map(
    (id) => hashKey(id) + SEPARATORS.field + encodeResponse(assessment.responses[id]),
  );
  return [head, ...items].join(SEPARATORS.entry);
}

/** Player progress → the compact ASCII record (see record-format.ts). Reflection text never enters. */
export function encodeRecord(plan: ScopePlan, progress: PlayerProgress): string {
  const body = [
    RECORD_VERSION,
    encodeLocation(plan, progress.location),
    encodeVisited(plan, progress.visited),
    encodeInteractions(plan, withoutPrivateResponses(plan.interactions, progress.interactions)),
    encodeAssessment(progress.assessment),
  ].join(SEPARATORS.section);
  return body + SEPARATORS.checksum + hashKey(body);
}
