import type { JSX } from "preact";
import type { InteractionResponse, ScoreResult } from "../../interactions/behaviour.ts";

/** How a submitted answer (or a part of it) is judged, as the view shows it: words + icon, never colour alone. */
export type Verdict = "correct" | "incorrect" | "partial" | "neutral";

/**
 * What the interaction host gives every type's view. The view owns only the answering controls
 * (and per-part feedback); prompt, buttons, verdict, hint and general feedback are the host's.
 */
export interface InteractionViewProps<Interaction> {
  interaction: Interaction;
  /** The learner's answer so far (or as submitted); undefined before any input. */
  response: InteractionResponse | undefined;
  setResponse(response: InteractionResponse): void;
  /** The result of the last submission while its feedback shows; undefined while answering. */
  result: ScoreResult | undefined;
  /** The right answer, while it is shown ("Show answer", or no tries left). */
  revealed: InteractionResponse | undefined;
  /**
   * The right answer once a scored answer is checked, to mark each part of the learner's answer
   * right or wrong; shown as the answer only while `revealed`. Undefined while answering.
   */
  answerKey: InteractionResponse | undefined;
  /** Submits the answer as it is now (a view that completes itself: a scenario at its ending). */
  submit(): void;
  /** Inputs are read-only (feedback showing, or answer revealed). */
  locked: boolean;
  /** The id of the prompt element, for aria-labelledby on the controls' group. */
  promptId: string;
  /**
   * Set in the final assessment when options are shuffled (its attempt's seed). Answer options are
   * shown in source order without it; items that are always shuffled (matching, categorise,
   * sequencing) use seed 0 without it.
   */
  shuffleSeed: number | undefined;
}

export type InteractionView<Interaction> = (props: InteractionViewProps<Interaction>) => JSX.Element | null;
