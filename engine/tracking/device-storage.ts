/** The part of the Web Storage API the local tracker uses. */
export type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** A store that lives as long as the page (the fallback when device storage is unavailable). */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
  };
}

/** localStorage when it exists and accepts a write (private modes and some webviews refuse), else undefined. */
export function browserStore(): KeyValueStore | undefined {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return undefined;
    const probe = "coursemark:probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * Writes to the device store and, once that fails (unavailable, or full: QuotaExceededError),
 * keeps everything in memory for the rest of the session. Reads prefer the memory copy.
 */
export function resilientStore(
  device: KeyValueStore | undefined,
): KeyValueStore & { readonly persistent: boolean } {
  const memory = memoryStore();
  let persistent = device !== undefined;
  return {
    get persistent() {
      return persistent;
    },
    getItem(key) {
      const kept = memory.getItem(key);
      if (kept !== null || !persistent || !device) return kept;
      try {
        return device.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      memory.setItem(key, value);
      if (!persistent || !device) return;
      try {
        device.setItem(key, value);
      } catch {
        persistent = false;
      }
    },
    removeItem(key) {
      memory.removeItem(key);
      try {
        device?.removeItem(key);
      } catch {
        persistent = false;
      }
    },
  };
}
