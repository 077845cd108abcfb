import leven from "leven";

/**
 * The candidate an author most likely meant by `input` ("Did you mean …?"): the nearest by edit
 * distance, ignoring case, when it is close enough to be a typo (at most a third of the longer
 * word's letters, at least 1); undefined otherwise. Ties go to the earlier candidate.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const limit = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 3));
    const distance = leven(wanted, candidate.toLowerCase(), { maxDistance: limit + 1 });
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `; did you mean `x`?` to end a message, or nothing when no candidate is close. */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  written: (candidate: string) => string = (candidate) => candidate,
): string {
  const match = closest(input, candidates);
  return match === undefined ? "" : `; did you mean \`${written(match)}\`?`;
}
