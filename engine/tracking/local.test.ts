import { describe, expect, it } from "vitest";
import { type KeyValueStore, memoryStore } from "./device-storage.ts";
import { createLocalTracker, createReflectionNotes } from "./local.ts";
import type { TrackerNotice } from "./tracker.ts";

const snapshot = { record: "c1|abc", location: "shop.prices/2", progressMeasure: 0.5 };

/** A store that refuses writes once full, like localStorage at its quota. */
function fullAfter(writes: number): KeyValueStore {
  const inner = memoryStore();
  let left = writes;
  return {
    ...inner,
    setItem(key, value) {
      if (left-- <= 0) throw new DOMException("full", "QuotaExceededError");
      inner.setItem(key, value);
    },
  };
}

describe("local tracker", () => {
  it("saves progress per course and scope and launches from it next time", async () => {
    const store = memoryStore();
    const first = createLocalTracker({ courseId: "shop", scope: "module:shop", store });
    await first.initialize();
    first.saveProgress(snapshot);
    first.setStatus("incomplete", "unknown");
    first.setScore({ raw: 80, min: 0, max: 100, scaled: 0.8 });
    expect(await first.commit()).toBe(true);

    const launch = await createLocalTracker({ courseId: "shop", scope: "module:shop", store }).initialize();
    expect(launch).toMatchObject({
      record: "c1|abc",
      location: "shop.prices/2",
      completion: "incomplete",
      scoreRaw: 80,
    });
    const other = await createLocalTracker({ courseId: "shop", scope: "module:online", store }).initialize();
    expect(other).toMatchObject({ record: undefined, completion: "not-attempted" });
  });

  it("never downgrades statuses", async () => {
    const tracker = createLocalTracker({ courseId: "shop", scope: "course", store: memoryStore() });
    await tracker.initialize();
    tracker.setStatus("completed", "passed");
    tracker.setStatus("incomplete", "failed");
    await tracker.commit();
    const launch = await tracker.initialize();
    expect(launch).toMatchObject({ completion: "completed", success: "passed" });
  });

  it("keeps working in memory when device storage is full, and says it is not persistent", async () => {
    const tracker = createLocalTracker({ courseId: "shop", scope: "course", store: fullAfter(0) });
    await tracker.initialize();
    tracker.saveProgress(snapshot);
    expect(await tracker.commit()).toBe(false);
    expect(tracker.persistent).toBe(false);
    expect((await tracker.initialize()).record).toBe("c1|abc");
  });

  it("treats an unreadable saved state as none", async () => {
    const store = memoryStore();
    store.setItem("coursemark:shop:course:progress", "{not json");
    const launch = await createLocalTracker({ courseId: "shop", scope: "course", store }).initialize();
    expect(launch).toMatchObject({ record: undefined, completion: "not-attempted", success: "unknown" });
  });

  it("announces that progress stays on this device", async () => {
    const notices: TrackerNotice[] = [];
    const tracker = createLocalTracker({ courseId: "shop", scope: "course", store: memoryStore() });
    tracker.subscribe((notice) => notices.push(notice));
    await tracker.initialize();
    expect(notices).toEqual([{ kind: "standalone" }]);
  });

  it("keeps reflection notes on the device, apart from progress", () => {
    const store = memoryStore();
    createReflectionNotes({ courseId: "shop", store }).write("shop.prices.reflection_1", "Ask Efua");
    expect(createReflectionNotes({ courseId: "shop", store }).read("shop.prices.reflection_1")).toBe(
      "Ask Efua",
    );
    expect(
      createReflectionNotes({ courseId: "other", store }).read("shop.prices.reflection_1"),
    ).toBeUndefined();
  });
});
