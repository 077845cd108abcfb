/**
 * The retry policy for LMS calls that report failure (LMSInitialize / LMSCommit returning "false"):
 * a few quick retries with growing pauses, so a brief network hiccup at the LMS never costs an
 * answer, and a dead LMS never blocks the learner for long.
 */

/** Pauses before each retry, in ms; after the last one the caller keeps the data on the device. */
export const RETRY_DELAYS_MS: readonly number[] = [400, 1200, 3000];

export type Sleep = (ms: number) => Promise<void>;

/** Once the retries ran out, the next try comes this much later, and again, until one succeeds. */
export const RETRY_LATER_MS = 5000;

/** Runs a later try (a timer in the browser; tests take control of it). */
export type Schedule = (run: () => void) => void;

export const retryLater: Schedule = (run) => void setTimeout(run, RETRY_LATER_MS);

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryOptions {
  delays?: readonly number[];
  sleep?: Sleep;
  /** Called after each failed try (1-based), before pausing. */
  onFailure?: (attempt: number) => void;
}

/** Tries `call` until it returns true or the delays run out; resolves whether it succeeded. */
export async function retryWithBackoff(call: () => boolean, options: RetryOptions = {}): Promise<boolean> {
  const { delays = RETRY_DELAYS_MS, sleep = realSleep, onFailure } = options;
  for (let attempt = 1; ; attempt += 1) {
    if (call()) return true;
    onFailure?.(attempt);
    const delay = delays[attempt - 1];
    if (delay === undefined) return false;
    await sleep(delay);
  }
}
