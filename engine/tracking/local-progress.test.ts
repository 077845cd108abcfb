import { describe, expect, it } from "vitest";
import { memoryStore } from "./device-storage.ts";
import { createLocalTracker } from "./local.ts";
import { localCourseProgress } from "./local-progress.ts";

/** The final assessment as the site's player saves it: the local tracker for the `assessment` scope. */
async function takeAssessment(store: ReturnType<typeof memoryStore>, raw: number, passed: boolean) {
  const tracker = createLocalTracker({ courseId: "shop", scope: "assessment", store });
  await tracker.initialize();
  tracker.setScore({ raw, min: 0, max: 100, scaled: raw / 100 });
  tracker.setStatus("completed", passed ? "passed" : "failed");
  await tracker.commit();
}

describe("local course progress", () => {
  it("reads the final assessment's result as the player saved it on this device", async () => {
    const store = memoryStore();
    expect(localCourseProgress("shop", store).assessmentResult()).toEqual({
      passed: false,
      score: undefined,
    });
    await takeAssessment(store, 40, false);
    expect(localCourseProgress("shop", store).assessmentResult()).toEqual({ passed: false, score: 40 });
    await takeAssessment(store, 85, true);
    expect(localCourseProgress("shop", store).assessmentResult()).toEqual({ passed: true, score: 85 });
    expect(localCourseProgress("other", store).assessmentResult().passed).toBe(false);
  });

  it("forgets the result with the rest of the course's progress on reset", async () => {
    const store = memoryStore();
    await takeAssessment(store, 90, true);
    const keys = () => ["coursemark:shop:assessment:progress"];
    localCourseProgress("shop", { ...store, keys }).reset();
    expect(localCourseProgress("shop", store).assessmentResult()).toEqual({
      passed: false,
      score: undefined,
    });
  });
});
