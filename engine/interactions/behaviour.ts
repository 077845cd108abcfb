import type { InteractionRecord } from "../tracking/tracker.ts";

/**
 * A learner's answer as plain data, one shape per kind of input. `ids`: chosen options, regions,
 * ticked items, an order of items, or a path of scenes; `text`: typed text (fill-in, numeric,
 * reflection); `pairs`: left→right matches or card→bucket placements.
 */
export type InteractionResponse =
  | { kind: "ids"; ids: string[] }
  | { kind: "text"; text: string }
  | { kind: "pairs"; pairs: Array<[string, string]> };

export interface ScoreResult {
  /** 0..1 */
  score: number;
  /** Fully right (score 1). Always false for unscored types. */
  correct: boolean;
  /** Unscored types (checklist, reflection, poll) end neutral. */
  neutral: boolean;
  /** Ids of the parts whose authored feedback applies (chosen options, a matched wrong answer). */
  feedbackIds: string[];
}

/** The parts of an InteractionRecord that depend on the interaction type. */
export type TrackedParts = Pick<
  InteractionRecord,
  "type" | "learnerResponse" | "correctResponses" | "result"
>;

/** What the runtime needs to know about one interaction type; pure functions only. */
export interface InteractionScoring<Interaction> {
  /** false for checklist, reflection and poll (from the registry: the slice's `scored`). */
  readonly scored: boolean;
  /** The response is private (reflection): kept on the device only, never in a record or an LMS. */
  readonly privateResponse?: boolean;
  /** Whether the response is complete enough to submit. */
  isAnswerable(interaction: Interaction, response: InteractionResponse): boolean;
  score(interaction: Interaction, response: InteractionResponse): ScoreResult;
  /** The right answer, shown by "show answer"; undefined for unscored types. */
  correctResponse(interaction: Interaction): InteractionResponse | undefined;
  /** The longest response the learner can give (free text at its maxlength), for record sizes. */
  largestResponse(interaction: Interaction): InteractionResponse;
  /**
   * A free-text response by what it matched (fill-in: the authored answer's id), scored the same.
   * The progress record keeps this form for a text too long for it; the text stays on the device.
   */
  compactForm?(interaction: Interaction, response: InteractionResponse): InteractionResponse;
}

/** What a type's scoring.ts states; whether the type is scored is the registry's fact (slice.scored). */
export type TypeScoring<Interaction> = Omit<InteractionScoring<Interaction>, "scored">;

export type InteractionTracking<Interaction> = (
  interaction: Interaction,
  response: InteractionResponse,
  result: ScoreResult,
) => TrackedParts | undefined;

export const NEUTRAL: ScoreResult = { score: 0, correct: false, neutral: true, feedbackIds: [] };

/** The result of a scored type from a share of right parts (`all`: only 1 counts). */
export function resultFromShare(share: number, partial: boolean, feedbackIds: string[]): ScoreResult {
  const correct = share >= 1;
  return { score: correct ? 1 : partial ? Math.max(0, share) : 0, correct, neutral: false, feedbackIds };
}

/** The ids of an `ids` response, or none for any other kind. */
export function idsOf(response: InteractionResponse): string[] {
  return response.kind === "ids" ? response.ids : [];
}

export function textOf(response: InteractionResponse): string {
  return response.kind === "text" ? response.text : "";
}

export function pairsOf(response: InteractionResponse): Array<[string, string]> {
  return response.kind === "pairs" ? response.pairs : [];
}
