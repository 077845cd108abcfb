import { describe, expect, it } from "vitest";
import { memoryStore } from "../../engine/tracking/device-storage.ts";
import { createLocalTracker } from "../../engine/tracking/local.ts";
import { localCourseProgress } from "../../engine/tracking/local-progress.ts";
import { ASSESSMENT_PASSED_EVENT, announcingPass } from "../../site/lib/assessment-passed.ts";

function assessmentTracker() {
  const store = memoryStore();
  const page = new EventTarget();
  const announced: boolean[] = [];
  page.addEventListener(ASSESSMENT_PASSED_EVENT, () =>
    announced.push(localCourseProgress("shop", store).assessmentResult().passed),
  );
  const inner = createLocalTracker({ courseId: "shop", scope: "assessment", store });
  return { tracker: announcingPass(inner, page), announced };
}

describe("announcingPass", () => {
  it("tells the page once, after the pass is saved on the device", async () => {
    const { tracker, announced } = assessmentTracker();
    await tracker.initialize();
    tracker.setStatus("completed", "failed");
    await tracker.commit();
    expect(announced).toEqual([]);
    tracker.setScore({ raw: 80, min: 0, max: 100, scaled: 0.8 });
    tracker.setStatus("completed", "passed");
    expect(announced).toEqual([]);
    await tracker.commit();
    await tracker.commit();
    expect(announced).toEqual([true]);
  });

  it("leaves everything else to the tracker", async () => {
    const { tracker } = assessmentTracker();
    expect(tracker.kind).toBe("local");
    expect(tracker.persistent).toBe(true);
    expect((await tracker.initialize()).completion).toBe("not-attempted");
  });
});
