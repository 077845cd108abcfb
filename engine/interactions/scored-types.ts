/**
 * Whether each interaction type counts towards a score (and may stand in an assessment bank),
 * stated once. No imports: the learner runtime reads it without pulling in compiler code (zod,
 * remark), and each slice takes its `scored` from here.
 */
export const scoredTypes = {
  "single-choice": true,
  "multiple-response": true,
  "true-false": true,
  "fill-in": true,
  numeric: true,
  matching: true,
  sequencing: true,
  categorise: true,
  hotspot: true,
  scenario: true,
  checklist: false,
  reflection: false,
  poll: false,
} as const;

export type KnownInteractionType = keyof typeof scoredTypes;
