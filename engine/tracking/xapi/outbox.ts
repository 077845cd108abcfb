/**
 * The outbox: statements wait here, in the order they were made, until the LRS has stored them.
 * They get their ids when made and are kept in device storage (keyed by registration), so a reload,
 * a closed tab or a dead LRS never loses one; they are sent in order, one batch at a time, with
 * backoff while the LRS cannot take them. A statement the LRS already has (409, or the same id
 * stored before) counts as delivered, so sending again never duplicates. Unlike peers, it never
 * gives up: it retries until the page goes away, and the next launch sends what is left.
 */
import type { KeyValueStore } from "../device-storage.ts";
import type { Sleep } from "../retry.ts";
import type { Delivery, LrsClient, Statement } from "./lrs-client.ts";

/** Pauses between tries while the LRS cannot take statements; the last one repeats. */
export const OUTBOX_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 8000];
/** Statements per POST; and what a `keepalive` request may carry (browsers allow 64 KB in flight). */
const BATCH_SIZE = 25;
const KEEPALIVE_BYTES = 60_000;

export interface OutboxOptions {
  client: LrsClient;
  store: KeyValueStore;
  /** Device storage key of this registration's queue. */
  key: string;
  /** Whether a waiting statement can be sent yet (cmi5: not before the launch data completes it). */
  isReady?: (statement: Statement) => boolean;
  /** A statement refused for good (a 400): kept aside on the device, reported, not retried. */
  onRejected?: (statement: Statement) => void;
  /** A try failed while statements wait (1-based); the learner sees a notice. */
  onWaiting?: (attempt: number) => void;
  /** Everything waiting has been stored. */
  onDrained?: () => void;
  sleep?: Sleep;
  delays?: readonly number[];
}

export interface Outbox {
  add(statement: Statement): void;
  /** Sends what waits; resolves true once all of it is stored (keeps trying until then). */
  flush(): Promise<boolean>;
  /** The page is going away: one keepalive POST of what waits (it stays queued for the next launch). */
  flushOnExit(): void;
  pending(): readonly Statement[];
  /** Takes the waiting statements that match out of the queue (to be added again later). */
  take(match: (statement: Statement) => boolean): Statement[];
  /** Rewrites waiting statements in place (cmi5: completes drafts); undefined sets one aside. */
  revise(change: (statement: Statement) => Statement | undefined): void;
}

function readQueue(store: KeyValueStore, key: string): Statement[] {
  try {
    const value: unknown = JSON.parse(store.getItem(key) ?? "[]");
    return Array.isArray(value)
      ? value.filter((item): item is Statement => typeof item?.id === "string")
      : [];
  } catch {
    return [];
  }
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { store, key } = options;
  const isReady = options.isReady ?? (() => true);
  const delays = options.delays ?? OUTBOX_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let queue = readQueue(store, key);
  let running: Promise<boolean> | undefined;
  let failures = 0;
  let wake: (() => void) | undefined;

  const persist = () => {
    if (queue.length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(queue));
  };
  const drop = (ids: ReadonlySet<string>) => {
    queue = queue.filter((statement) => !ids.has(statement.id));
    persist();
  };
  const reject = (statement: Statement) => {
    store.setItem(`${key}:rejected`, JSON.stringify([...readQueue(store, `${key}:rejected`), statement]));
    options.onRejected?.(statement);
  };

  /** The next batch; empty while the first statement is not ready. */
  function nextBatch(limit: number, maxBytes = Number.POSITIVE_INFINITY): Statement[] {
    const batch: Statement[] = [];
    let bytes = 2;
    for (const statement of queue.slice(0, limit)) {
      if (!isReady(statement)) break;
      bytes += JSON.stringify(statement).length + 1;
      if (batch.length > 0 && bytes > maxBytes) break;
      batch.push(statement);
    }
    return batch;
  }

  /** One statement at a time, when a batch met a conflict or a refusal (to find which). */
  async function sendOneByOne(batch: readonly Statement[]): Promise<Delivery> {
    for (const statement of batch) {
      const delivery = await options.client.putStatement(statement);
      if (delivery === "retry") return "retry";
      if (delivery === "rejected") reject(statement);
      drop(new Set([statement.id]));
    }
    return "stored";
  }

  async function sendBatch(batch: readonly Statement[]): Promise<Delivery> {
    const delivery = await options.client.postStatements(batch);
    if (delivery === "stored") drop(new Set(batch.map((statement) => statement.id)));
    if (delivery === "conflict" || delivery === "rejected") return sendOneByOne(batch);
    return delivery;
  }

  async function pause(): Promise<void> {
    const delay = delays[Math.min(failures - 1, delays.length - 1)] ?? 1000;
    await Promise.race([sleep(delay), new Promise<void>((resolve) => (wake = resolve))]);
    wake = undefined;
  }

  async function run(): Promise<boolean> {
    while (queue.length > 0) {
      const batch = nextBatch(BATCH_SIZE);
      if (batch.length === 0) return false; // waiting for the launch data; flush is called again then
      if ((await sendBatch(batch)) === "retry") {
        failures += 1;
        options.onWaiting?.(failures);
        await pause();
      }
    }
    if (failures > 0) options.onDrained?.();
    failures = 0;
    return true;
  }

  return {
    add(statement) {
      queue.push(statement);
      persist();
    },
    flush() {
      wake?.();
      if (!running) {
        running = run().finally(() => {
          running = undefined;
        });
      }
      return running;
    },
    flushOnExit() {
      const batch = nextBatch(queue.length, KEEPALIVE_BYTES);
      if (batch.length > 0) void options.client.postStatements(batch, true);
    },
    pending: () => queue,
    take(match) {
      const taken = queue.filter(match);
      drop(new Set(taken.map((statement) => statement.id)));
      return taken;
    },
    revise(change) {
      queue = queue.flatMap((statement) => {
        const revised = change(statement);
        if (!revised) reject(statement);
        return revised ? [revised] : [];
      });
      persist();
    },
  };
}
