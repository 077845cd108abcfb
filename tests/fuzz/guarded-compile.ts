import { once } from "node:events";
import { Worker } from "node:worker_threads";
import type { SourceEntry } from "../../engine/source/course-source.ts";
import type { CompileOutcome } from "./compile-worker.ts";

/** A guard against hangs, not a speed test: far above any real compile (CPU time of one compile). */
export const HANG_CAP_MS = 5_000;
/** Wall time after which a compile is stopped; generous, since other work on the machine slows it. */
const STOP_AFTER_MS = 12 * HANG_CAP_MS;

export type GuardedOutcome = ({ hung: false } & CompileOutcome) | { hung: true; stoppedAfterMs: number };

export interface GuardedCompiler {
  compile(entries: SourceEntry[]): Promise<GuardedOutcome>;
  close(): Promise<void>;
}

interface ReadyWorker {
  worker: Worker;
  /** Resolves once the worker has loaded the compiler, so start-up time never counts against the cap. */
  ready: Promise<unknown>;
}

function startWorker(): ReadyWorker {
  // The worker's stack is set close to the main thread's default, so a recursion that would
  // overflow the CLI overflows here too instead of passing on a larger worker stack.
  const worker = new Worker(new URL("./compile-worker.ts", import.meta.url), {
    resourceLimits: { stackSizeMb: 1, maxOldGenerationSizeMb: 1024 },
  });
  return { worker, ready: once(worker, "online").then(() => once(worker, "message")) };
}

/** Compiles on a worker thread; a compile still running after `stopAfterMs` is reported as a hang and its worker replaced. */
export function createGuardedCompiler(stopAfterMs = STOP_AFTER_MS): GuardedCompiler {
  let current = startWorker();
  const restart = () => {
    void current.worker.terminate();
    current = startWorker();
  };
  return {
    async compile(entries) {
      await current.ready;
      const { worker } = current;
      return new Promise((resolve, reject) => {
        const started = performance.now();
        const timer = setTimeout(() => {
          cleanup();
          restart();
          resolve({ hung: true, stoppedAfterMs: Math.round(performance.now() - started) });
        }, stopAfterMs);
        const onMessage = (outcome: CompileOutcome) => {
          cleanup();
          resolve({ hung: false, ...outcome });
        };
        const onDeath = (reason: number | Error) => {
          cleanup();
          restart();
          const detail = typeof reason === "number" ? `exited with code ${reason}` : reason.message;
          reject(new Error(`compile worker died: ${detail} (out of memory or a crash)`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", onDeath);
          worker.off("exit", onDeath);
        };
        worker.on("message", onMessage);
        worker.on("error", onDeath);
        worker.on("exit", onDeath);
        worker.postMessage(entries);
      });
    },
    async close() {
      await current.worker.terminate();
    },
  };
}
