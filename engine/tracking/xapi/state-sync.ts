/**
 * Keeps the progress document in the LRS's State API in step with this device: every save goes to
 * device storage at once (marked unsent) and to the LRS as soon as it answers; only the latest
 * version is sent, and the device copy is marked stored once the LRS has it.
 */
import type { KeyValueStore } from "../device-storage.ts";
import type { LrsClient } from "./lrs-client.ts";
import { OUTBOX_DELAYS_MS } from "./outbox.ts";
import { type DeviceProgress, type ProgressState, readProgressState } from "./progress-state.ts";

export interface StateSyncOptions {
  client: LrsClient;
  /** activityId, agent, registration and stateId of the document. */
  params: Record<string, string>;
  store: KeyValueStore;
  key: string;
  sleep?: (ms: number) => Promise<void>;
}

export interface StateSync {
  /** The device's copy, if any. */
  device(): DeviceProgress | undefined;
  /** The LRS's copy: null when it has none, undefined when it did not answer. */
  remote(): Promise<ProgressState | null | undefined>;
  save(state: ProgressState): void;
  flush(): Promise<boolean>;
  flushOnExit(): void;
}

export function createStateSync(options: StateSyncOptions): StateSync {
  const { client, params, store, key } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let latest: ProgressState | undefined;
  let version = 0;
  let running: Promise<boolean> | undefined;

  const writeDevice = (state: ProgressState, unsent: boolean) =>
    store.setItem(key, JSON.stringify({ state, unsent } satisfies DeviceProgress));

  async function run(): Promise<boolean> {
    for (let failures = 0; latest; ) {
      const sending = version;
      const state = latest;
      const delivery = await client.putDocument("activities/state", params, state);
      if (delivery === "stored" && sending === version) {
        writeDevice(state, false);
        latest = undefined;
        return true;
      }
      if (delivery === "stored") continue; // saved again meanwhile: send the newer one
      failures += 1;
      await sleep(OUTBOX_DELAYS_MS[Math.min(failures - 1, OUTBOX_DELAYS_MS.length - 1)] ?? 1000);
    }
    return true;
  }

  return {
    device() {
      try {
        const value = JSON.parse(store.getItem(key) ?? "null") as {
          state?: unknown;
          unsent?: unknown;
        } | null;
        return value ? { state: readProgressState(value.state), unsent: value.unsent === true } : undefined;
      } catch {
        return undefined;
      }
    },
    async remote() {
      const document = await client.getDocument("activities/state", params);
      return document === undefined || document === null ? document : readProgressState(document);
    },
    save(state) {
      latest = state;
      version += 1;
      writeDevice(state, true);
    },
    flush() {
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
    flushOnExit() {
      if (latest) void client.putDocument("activities/state", params, latest, true);
    },
  };
}
