import { describe, expect, it } from "vitest";
import { moodleViolations } from "../../tests/e2e/lms/moodle-rules.ts";
import {
  answer,
  create,
  deviceTracker,
  el,
  memoryStorage,
  setup,
  unsavedCopies,
} from "../../tests/unit/support/scorm-tracker-setup.ts";
import { createScorm12Tracker } from "./scorm12.ts";
import { FIRST_LAUNCH, type TrackerNotice } from "./tracker.ts";

describe.each(["scorm12", "scorm2004"] as const)("%s tracker", (version) => {
  const names = el[version];

  it("plays a whole module and leaves only values Moodle accepts", async () => {
    const { lms, tracker, advance } = setup(version);
    const context = await tracker.initialize();
    expect(context).toMatchObject({ mode: "normal", credit: true, completion: "not-attempted" });
    tracker.saveProgress({ record: "v1.abc", location: "pricing/1", progressMeasure: 0.5 });
    tracker.recordInteraction(answer);
    tracker.recordInteraction({
      ...answer,
      id: "pricing.tf_1",
      type: "true-false",
      result: "incorrect",
      learnerResponse: { kind: "true-false", value: false },
      correctResponses: [{ kind: "true-false", value: true }],
    });
    tracker.setScore({ raw: 80, min: 0, max: 100, scaled: 0.8 });
    tracker.setStatus("completed", "passed");
    expect(await tracker.commit()).toBe(true);
    advance(65_500);
    await tracker.terminate();
    expect(moodleViolations(version, lms.sets)).toEqual([]);
    expect(lms.stored.get(names.raw)).toBe("80");
    expect(lms.stored.get(names.exit)).toBe(names.normalExit);
    expect(lms.stored.get(names.suspend)).toBe("v1.abc");
    expect(lms.stored.get(`cmi.interactions.1.result`)).toBe(version === "scorm12" ? "wrong" : "incorrect");
    expect(lms.stored.get(`cmi.interactions.0.${names.response}`)).toBe("b");
    if (version === "scorm12") {
      expect(lms.stored.get(names.status)).toBe("passed");
      expect(lms.stored.get("cmi.core.session_time")).toBe("00:01:05.50");
    } else {
      expect(lms.stored.get("cmi.success_status")).toBe("passed");
      expect(lms.stored.get("cmi.completion_status")).toBe("completed");
      expect(lms.stored.get("cmi.session_time")).toBe("PT1M5.5S");
      expect(lms.stored.get("cmi.score.scaled")).toBe("0.8");
    }
  });

  it("gives the learner's language preference, when the platform states one", async () => {
    const element =
      version === "scorm12" ? "cmi.student_preference.language" : "cmi.learner_preference.language";
    expect((await setup(version).tracker.initialize()).languages).toEqual([]);
    expect((await setup(version, { [element]: "fr-SN" }).tracker.initialize()).languages).toEqual(["fr-SN"]);
  });

  it("commits after each answered interaction", async () => {
    const { lms, tracker } = setup(version);
    await tracker.initialize();
    tracker.recordInteraction(answer);
    await tracker.commit();
    expect(lms.stored.get("cmi.interactions.0.id")).toBe(answer.id);
    expect(lms.calls.filter((call) => /Commit$/.test(call)).length).toBeGreaterThanOrEqual(2);
  });

  it("exits suspend while the learner is not done, and appends interactions after stored ones", async () => {
    const { lms, tracker } = setup(version, { "cmi.interactions.0.id": "earlier" });
    await tracker.initialize();
    tracker.recordInteraction(answer);
    await tracker.terminate();
    expect(lms.stored.get(names.exit)).toBe("suspend");
    expect(lms.stored.get("cmi.interactions.1.id")).toBe(answer.id);
    expect(lms.stored.get(names.status)).toBe("incomplete");
  });

  it("never downgrades a stored pass or its score", async () => {
    const stored: Record<string, string> =
      version === "scorm12"
        ? { "cmi.core.lesson_status": "passed", "cmi.core.score.raw": "90" }
        : { "cmi.completion_status": "completed", "cmi.success_status": "passed", "cmi.score.raw": "90" };
    const { lms, tracker } = setup(version, stored);
    const context = await tracker.initialize();
    expect(context).toMatchObject({ completion: "completed", success: "passed", scoreRaw: 90 });
    tracker.setScore({ raw: 40, min: 0, max: 100, scaled: 0.4 });
    tracker.setStatus("incomplete", "failed");
    await tracker.terminate();
    expect(lms.stored.get(names.raw)).toBe("90");
    expect(lms.stored.get(version === "scorm12" ? names.status : "cmi.success_status")).toBe("passed");
  });

  it.each([
    ["review", "credit", []],
    ["browse", "credit", [names.suspend, names.location]],
    ["normal", "no-credit", [names.suspend, names.location]],
  ])("in %s mode with %s it records only what the mode allows", async (mode, credit, allowed) => {
    const { lms, tracker } = setup(version, { [names.mode]: mode, [names.credit]: credit });
    const context = await tracker.initialize();
    expect(context.mode).toBe(mode);
    expect(context.credit).toBe(credit === "credit");
    tracker.saveProgress({ record: "v1.x", location: "a", progressMeasure: 1 });
    tracker.recordInteraction(answer);
    tracker.setScore({ raw: 100, min: 0, max: 100, scaled: 1 });
    tracker.setStatus("completed", "passed");
    const elements = lms.sets.map(([element]) => element);
    expect(elements.filter((element) => !/exit|session_time/.test(element)).sort()).toEqual(
      [...allowed].sort(),
    );
  });

  it("keeps every answer when commits fail twice, with notices", async () => {
    const { lms, tracker, notices } = setup(version);
    await tracker.initialize();
    lms.failCommits = 2;
    tracker.recordInteraction(answer);
    expect(await tracker.commit()).toBe(true);
    expect(lms.stored.get("cmi.interactions.0.id")).toBe(answer.id);
    expect(notices).toEqual([{ kind: "saving-failed", attempt: 1 }, { kind: "saving-recovered" }]);
  });

  it("keeps unsent progress on the device and resends it at the next launch", async () => {
    const storage = memoryStorage();
    const first = setup(version, {}, { storage });
    await first.tracker.initialize();
    first.lms.failCommits = 100;
    first.lms.failFinish = true;
    first.tracker.saveProgress({ record: "v1.unsent", location: "pricing/2", progressMeasure: 0.4 });
    expect(await first.tracker.commit()).toBe(false);
    await first.tracker.terminate();
    expect(first.lms.stored.get(names.suspend)).toBeUndefined();

    const second = setup(version, {}, { storage });
    const context = await second.tracker.initialize();
    expect(context).toMatchObject({ record: "v1.unsent", location: "pricing/2" });
    await second.tracker.commit();
    expect(second.lms.stored.get(names.suspend)).toBe("v1.unsent");
    expect(unsavedCopies(storage)).toEqual([]);
  });

  it("retries a refused initialize, then falls back to the device with a notice", async () => {
    const retried = setup(version);
    retried.lms.failInitialize = 2;
    expect((await retried.tracker.initialize()).mode).toBe("normal");
    expect(retried.deviceCalls).toEqual([]);

    const dead = setup(version);
    dead.lms.failInitialize = 100;
    await dead.tracker.initialize();
    dead.tracker.saveProgress({ record: "v1", location: "x", progressMeasure: 0 });
    expect(dead.deviceCalls).toEqual(["saveProgress"]);
    expect(dead.notices).toEqual([{ kind: "standalone" }]);
  });

  it("works standalone when no frame offers an API", async () => {
    const deviceCalls: string[] = [];
    const notices: TrackerNotice[] = [];
    const lonely = { parent: null as unknown };
    lonely.parent = lonely;
    const tracker = create[version]({
      window: lonely,
      fallback: () => deviceTracker(deviceCalls),
      packageKey: "k",
    });
    tracker.subscribe((notice) => notices.push(notice));
    await tracker.initialize();
    tracker.recordInteraction(answer);
    expect(deviceCalls).toEqual(["recordInteraction"]);
    expect(notices).toEqual([{ kind: "standalone" }]);
  });

  it("never writes a record longer than the version allows", async () => {
    const { lms, tracker } = setup(version);
    await tracker.initialize();
    const limit = version === "scorm12" ? 4096 : 64_000;
    tracker.saveProgress({ record: "a".repeat(limit + 1), location: "x", progressMeasure: 0 });
    expect(lms.values.has(names.suspend)).toBe(false);
    tracker.saveProgress({ record: "a".repeat(limit), location: "x", progressMeasure: 0 });
    expect(lms.values.get(names.suspend)).toHaveLength(limit);
  });
});

describe("standalone notice", () => {
  it("is given once when the fallback tracker gives it too", async () => {
    const notices: TrackerNotice[] = [];
    const lonely = { parent: null as unknown };
    lonely.parent = lonely;
    const tracker = createScorm12Tracker({
      window: lonely,
      packageKey: "k",
      fallback: () => {
        let listener: ((notice: TrackerNotice) => void) | undefined;
        return {
          ...deviceTracker([]),
          subscribe: (next) => {
            listener = next;
            return () => undefined;
          },
          initialize: async () => {
            listener?.({ kind: "standalone" });
            return FIRST_LAUNCH;
          },
        };
      },
    });
    tracker.subscribe((notice) => notices.push(notice));
    await tracker.initialize();
    expect(notices).toEqual([{ kind: "standalone" }]);
  });
});

describe.each(["scorm12", "scorm2004"] as const)("%s score timing", (version) => {
  it("holds a score back until it is final, so Moodle's mastery rule never fails a learner half-way", async () => {
    const { lms, tracker } = setup(version);
    await tracker.initialize();
    tracker.setScore({ raw: 0, min: 0, max: 100, scaled: 0 });
    tracker.setScore({ raw: 50, min: 0, max: 100, scaled: 0.5 });
    const raw = el[version].raw;
    expect(lms.values.has(raw)).toBe(false);
    tracker.setStatus("completed", "unknown");
    expect(lms.values.get(raw)).toBe("50");
    const elements = lms.sets.map(([element]) => element);
    expect(elements.indexOf(raw)).toBeLessThan(elements.lastIndexOf(el[version].status));
  });
});

describe.each(["scorm12", "scorm2004"] as const)("%s session ending during retries", (version) => {
  it("leaves no stale copy on the device when the finish stores everything", async () => {
    const storage = memoryStorage();
    let wake: () => void = () => undefined;
    const { lms, tracker } = setup(
      version,
      {},
      { storage, sleep: () => new Promise<void>((resolve) => (wake = resolve)) },
    );
    await tracker.initialize();
    lms.failCommits = 5;
    tracker.saveProgress({ record: "v1.kept", location: "x", progressMeasure: 0 });
    const pending = tracker.commit();
    await Promise.resolve();
    expect(unsavedCopies(storage)).toHaveLength(1); // kept on the device while the LMS refuses
    await tracker.terminate();
    wake();
    expect(await pending).toBe(true);
    expect(unsavedCopies(storage)).toEqual([]);
    expect(lms.stored.get("cmi.suspend_data")).toBe("v1.kept");
  });
});
