import { describe, expect, it } from "vitest";
import { bindPageLifecycle } from "./page-lifecycle.ts";
import type { Tracker } from "./tracker.ts";

function target() {
  const listeners = new Map<string, () => void>();
  return {
    listeners,
    visibilityState: "visible",
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
}

describe("bindPageLifecycle", () => {
  it("commits when the page is hidden and terminates on pagehide, until unbound", () => {
    const calls: string[] = [];
    const tracker = {
      commit: async () => calls.push("commit") > 0,
      terminate: async () => void calls.push("terminate"),
    } as unknown as Tracker;
    const win = target();
    const doc = target();
    const unbind = bindPageLifecycle(tracker, win, doc);
    doc.listeners.get("visibilitychange")?.();
    doc.visibilityState = "hidden";
    doc.listeners.get("visibilitychange")?.();
    win.listeners.get("pagehide")?.();
    expect(calls).toEqual(["commit", "terminate"]);
    unbind();
    expect([...win.listeners.keys(), ...doc.listeners.keys()]).toEqual([]);
  });
});
