/** Outcomes of an ending and the score each gives (zod-free, so the learner's bundle can import it). */
export const ENDING_SCORES = { best: 1, okay: 0.5, poor: 0 } as const;
