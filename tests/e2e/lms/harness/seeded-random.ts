/**
 * A seeded pseudo-random generator (mulberry32), so an LMS's faults are the same on every run:
 * a flaky journey that fails fails again, with the same calls refused.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** True for about `rate` of the calls, in a repeatable order. */
export function seededFaults(seed: number, rate: number): () => boolean {
  const next = seededRandom(seed);
  return () => next() < rate;
}
