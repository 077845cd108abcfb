import type { AssessmentPhase } from "../assessment-progress.ts";
import type { InteractionPhase } from "../interaction-progress.ts";

/**
 * Progress record, version 1 (ASCII, keyed by hashed stable ids, never a machine snapshot):
 *
 *   c1|<location>|<visited>|<interactions>|<assessment>!<checksum>
 *
 * location      `<lesson key>.<screen n, base 36>`, `a` for the assessment, or empty
 * visited       `<lesson key><bitmask of seen screens, base 36>` joined by `;`
 * interactions  `<key><state><attempts used, base 36>,<response>` joined by `;`
 *               state = phase index × 2 + hint shown (one base-36 digit)
 * assessment    `<seed>,<attempts used>,<phase>` then `;<item key>,<response>` per drawn item
 * checksum      the key (FNV-1a, base 36) of everything before `!`
 */
export const RECORD_VERSION = "c1";

export const INTERACTION_PHASES: readonly InteractionPhase[] = ["idle", "answering", "feedback", "revealed"];
export const ASSESSMENT_PHASES: readonly AssessmentPhase[] = ["ready", "answering", "review"];
export const ASSESSMENT_LOCATION = "a";

/** Stored attempt counts are capped (one and two base-36 digits) so the record's size has a bound. */
export const MAX_STORED_ATTEMPTS = 35;
export const MAX_STORED_ASSESSMENT_ATTEMPTS = 36 ** 2 - 1;
/** The largest seed (32 bits). */
export const MAX_SEED = 2 ** 32 - 1;
