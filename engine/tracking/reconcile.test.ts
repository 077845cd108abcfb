import { describe, expect, it } from "vitest";
import type { DeviceCopy } from "./device-backup.ts";
import { type Reconciled, reconcile, type StoredState } from "./reconcile.ts";

const stored: StoredState = {
  record: "c1|lms",
  location: "l1",
  completion: "incomplete",
  success: "unknown",
  score: undefined,
  interactionCount: 2,
};

const copy: DeviceCopy = {
  packageVersion: "1.0.0",
  learner: "learner_1",
  baseline: "c1|lms",
  progress: { record: "c1|device", location: "l3", progressMeasure: 1 },
  completion: "completed",
  success: "passed",
  score: { raw: 90, min: 0, max: 100, scaled: 0.9 },
  interactions: [{ index: undefined, writes: [["id", "q9"]] }],
};

function reconciled(state: StoredState, copies: DeviceCopy[]): Reconciled {
  const result = reconcile(state, copies);
  if (!result) throw new Error("copies were given: there is a result");
  return result;
}

describe("reconcile", () => {
  it("takes the device's record, bookmark and score when they were built on the LMS's record", () => {
    const result = reconciled(stored, [copy]);
    expect(result).toMatchObject({
      record: "c1|device",
      location: "l3",
      completion: "completed",
      success: "passed",
    });
    expect(result.score?.raw).toBe(90);
    expect(result.interactionWrites).toEqual([["cmi.interactions.2.id", "q9"]]);
    expect(result.interactionCount).toBe(3);
  });

  it("keeps the LMS's record and score once the LMS has moved on, but still journals the answers", () => {
    const result = reconciled(
      { ...stored, record: "c1|elsewhere", score: { raw: 40, min: 0, max: 100, scaled: 0.4 } },
      [copy],
    );
    expect(result).toMatchObject({ record: "c1|elsewhere", location: "l1", progress: undefined });
    expect(result.score?.raw).toBe(40);
    expect(result.interactionWrites).toHaveLength(1);
  });

  it("never lowers a passed learner's score nor downgrades a status", () => {
    const passed = {
      ...stored,
      success: "passed" as const,
      completion: "completed" as const,
      score: { raw: 95, min: 0, max: 100, scaled: 0.95 },
    };
    const result = reconciled(passed, [{ ...copy, completion: "incomplete", success: "failed" }]);
    expect(result).toMatchObject({ completion: "completed", success: "passed" });
    expect(result.score?.raw).toBe(95);
  });

  it("reconciles several copies in turn, their answers one after another", () => {
    const second: DeviceCopy = {
      ...copy,
      baseline: "c1|old",
      interactions: [{ index: undefined, writes: [["id", "q10"]] }],
    };
    const result = reconciled(stored, [copy, second]);
    expect(result.interactionWrites).toEqual([
      ["cmi.interactions.2.id", "q9"],
      ["cmi.interactions.3.id", "q10"],
    ]);
    expect(result.record).toBe("c1|device");
    expect(reconcile(stored, [])).toBeUndefined();
  });
});
