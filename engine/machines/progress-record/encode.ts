import type { InteractionResponse } from "../../interactions/behaviour.ts";
import type { PlayerProgress } from "../course.machine.ts";
import type { InteractionProgress } from "../interaction-progress.ts";
import { ASSESSMENT_ADDRESS, type ScopePlan } from "../scope.ts";
import { hashKey } from "./keys.ts";
import { recordedProgress } from "./record-form.ts";
import {
  ASSESSMENT_LOCATION,
  ASSESSMENT_PHASES,
  INTERACTION_PHASES,
  MAX_STORED_ASSESSMENT_ATTEMPTS,
  MAX_STORED_ATTEMPTS,
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
      // attempts are at most 10 when limited; beyond 35 only "answered" matters, so one digit.
      const attempts = encodeCount(Math.min(entry.attemptsUsed, MAX_STORED_ATTEMPTS));
      const head = hashKey(interaction.id) + encodeCount(state) + attempts;
      return [head + SEPARATORS.field + encodeResponse(entry.response)];
    })
    .join(SEPARATORS.entry);
}

/** Assessment answers as interaction progress, so they take the same record form. */
function toProgress(responses: Record<string, InteractionResponse>): Record<string, InteractionProgress> {
  return Object.fromEntries(
    Object.entries(responses).map(([id, response]) => [
      id,
      { phase: "answering", response, attemptsUsed: 0, hintShown: false },
    ]),
  );
}

function encodeAssessment(plan: ScopePlan, assessment: PlayerProgress["assessment"]): string {
  if (!assessment) return "";
  const drawn = plan.bank.filter((item) => assessment.itemIds.includes(item.id));
  const recordForms = new Map(
    Object.entries(recordedProgress(drawn, toProgress(assessment.responses))).map(([id, entry]) => [
      id,
      entry.response,
    ]),
  );
  const head = [
    encodeCount(assessment.seed),
    encodeCount(Math.min(assessment.attemptsUsed, MAX_STORED_ASSESSMENT_ATTEMPTS)),
    encodeCount(ASSESSMENT_PHASES.indexOf(assessment.phase)),
  ].join(SEPARATORS.field);
  const items = assessment.itemIds.map(
    (id) => hashKey(id) + SEPARATORS.field + encodeResponse(recordForms.get(id)),
  );
  return [head, ...items].join(SEPARATORS.entry);
}

/** Player progress → the compact ASCII record (see record-format.ts). Reflection text never enters. */
export function encodeRecord(plan: ScopePlan, progress: PlayerProgress): string {
  const body = [
    RECORD_VERSION,
    encodeLocation(plan, progress.location),
    encodeVisited(plan, progress.visited),
    encodeInteractions(plan, recordedProgress(plan.interactions, progress.interactions)),
    encodeAssessment(plan, progress.assessment),
  ].join(SEPARATORS.section);
  return body + SEPARATORS.checksum + hashKey(body);
}
