import { describe, expect, it } from "vitest";
import { moodleViolations } from "../../tests/e2e/lms/moodle-rules.ts";
import { fakeLms } from "../../tests/unit/support/fake-lms.ts";
import { createScorm12Tracker } from "./scorm12.ts";
import { createScorm2004Tracker } from "./scorm2004.ts";
import type { Tracker } from "./tracker.ts";

/** A scored module whose every scored answer is given while a screen is still unseen. */
const ALL_ANSWERED = { raw: 100, min: 0, max: 100, scaled: 1 };

async function connect(version: "scorm12" | "scorm2004") {
  const lms = fakeLms(version);
  const apiName = version === "scorm12" ? "API" : "API_1484_11";
  const parent = { parent: null as unknown, [apiName]: lms.api };
  parent.parent = parent;
  const options = {
    window: { parent },
    fallback: (): Tracker => {
      throw new Error("the fake LMS must answer");
    },
    packageKey: "sample--pricing",
    sleep: async () => undefined,
  };
  const tracker = version === "scorm12" ? createScorm12Tracker(options) : createScorm2004Tracker(options);
  await tracker.initialize();
  return { lms, tracker };
}

describe("when a verdict is reported", () => {
  it("SCORM 1.2 holds passed (and the raw Moodle would turn into passed) until the completion rule is met", async () => {
    const { lms, tracker } = await connect("scorm12");
    tracker.setScore(ALL_ANSWERED);
    tracker.setStatus("incomplete", "passed");
    expect(await tracker.commit()).toBe(true);
    expect(lms.stored.get("cmi.core.lesson_status")).toBe("incomplete");
    expect(lms.stored.has("cmi.core.score.raw")).toBe(false);

    tracker.setStatus("completed", "passed");
    await tracker.terminate();
    expect(lms.stored.get("cmi.core.lesson_status")).toBe("passed");
    expect(lms.stored.get("cmi.core.score.raw")).toBe("100");
    expect(moodleViolations("scorm12", lms.sets)).toEqual([]);
  });

  it("SCORM 1.2 holds failed too: a learner still working shows as incomplete", async () => {
    const { lms, tracker } = await connect("scorm12");
    tracker.setScore({ raw: 20, min: 0, max: 100, scaled: 0.2 });
    tracker.setStatus("incomplete", "failed");
    await tracker.terminate();
    expect(lms.stored.get("cmi.core.lesson_status")).toBe("incomplete");
    expect(lms.stored.get("cmi.core.exit")).toBe("suspend");
  });

  it("SCORM 2004 reports success apart from completion, with its score", async () => {
    const { lms, tracker } = await connect("scorm2004");
    tracker.setScore(ALL_ANSWERED);
    tracker.setStatus("incomplete", "passed");
    expect(await tracker.commit()).toBe(true);
    expect(lms.stored.get("cmi.completion_status")).toBe("incomplete");
    expect(lms.stored.get("cmi.success_status")).toBe("passed");
    expect(lms.stored.get("cmi.score.raw")).toBe("100");
    expect(moodleViolations("scorm2004", lms.sets)).toEqual([]);
  });
});
