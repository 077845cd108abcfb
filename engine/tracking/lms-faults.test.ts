/**
 * Issue 9, "Nothing lost": every write reaches the LMS or stays queued on the device, whatever the
 * LMS does (refuses calls, fails to start, is missing, or the window closes first).
 */
import { describe, expect, it } from "vitest";
import { seededFaults } from "../../tests/e2e/lms/harness/seeded-random.ts";
import type { FakeLms } from "../../tests/unit/support/fake-lms.ts";
import {
  answer,
  el,
  memoryStorage,
  setup,
  unsavedCopies,
} from "../../tests/unit/support/scorm-tracker-setup.ts";
import type { ScormVersion } from "./cmi-formats.ts";
import type { Tracker } from "./tracker.ts";

const LEARNER = { scorm12: "cmi.core.student_id", scorm2004: "cmi.learner_id" } as const;
const question = (n: number) => ({ ...answer, id: `pricing.question_${n}` });

/** The answers the LMS stored: complete interactions (an id and a result), by id. */
function storedAnswers(lms: FakeLms): string[] {
  const ids: string[] = [];
  for (let n = 0; lms.stored.has(`cmi.interactions.${n}.id`); n += 1)
    if (lms.stored.has(`cmi.interactions.${n}.result`))
      ids.push(lms.stored.get(`cmi.interactions.${n}.id`) ?? "");
  return ids;
}

function finishModule(tracker: Tracker, answers: number): void {
  for (let n = 1; n <= answers; n += 1) tracker.recordInteraction(question(n));
  tracker.saveProgress({ record: "c1|done", location: "pricing/4", progressMeasure: 1 });
  tracker.setScore({ raw: 75, min: 0, max: 100, scaled: 0.75 });
  tracker.setStatus("completed", "passed");
}

const lonely = () => {
  const window = { parent: null as unknown };
  window.parent = window;
  return window;
};

describe.each(["scorm12", "scorm2004"] as const)("%s tracker and a faulty LMS", (version: ScormVersion) => {
  const names = el[version];
  const verdict = version === "scorm12" ? names.status : "cmi.success_status";

  it("refusing 30% of SetValue and commit calls: all 4 answers, the status and the score are stored", async () => {
    const { lms, tracker, notices } = setup(version, { [LEARNER[version]]: "learner_1" });
    await tracker.initialize();
    lms.refuseSet = seededFaults(11, 0.3);
    lms.refuseCommit = seededFaults(12, 0.3);
    finishModule(tracker, 4);
    expect(await tracker.commit()).toBe(true);
    await tracker.terminate();
    expect(storedAnswers(lms)).toEqual([1, 2, 3, 4].map((n) => question(n).id));
    expect(lms.stored.get(verdict)).toBe("passed");
    expect(lms.stored.get(names.raw)).toBe("75");
    expect(notices.at(-1)?.kind).not.toBe("saving-failed");
  });

  it("the saving-failed notice is not followed by 'saved again' while any write is still refused", async () => {
    const { lms, tracker, notices } = setup(version);
    await tracker.initialize();
    lms.refuseSet = (element) => element.endsWith(".result");
    tracker.recordInteraction(answer);
    expect(await tracker.commit()).toBe(false);
    expect(notices.map(({ kind }) => kind)).not.toContain("saving-recovered");
    lms.refuseSet = () => false;
    expect(await tracker.commit()).toBe(true);
    expect(notices.at(-1)).toEqual({ kind: "saving-recovered" });
    expect(storedAnswers(lms)).toEqual([answer.id]);
  });

  it("keeps trying on its own once the retries ran out, until the LMS stores everything", async () => {
    const later: Array<() => void> = [];
    const { lms, tracker, notices } = setup(version, {}, { retryLater: (run) => later.push(run) });
    await tracker.initialize();
    lms.failCommits = 100;
    tracker.recordInteraction(answer);
    expect(await tracker.commit()).toBe(false);
    expect(later).toHaveLength(1);
    lms.failCommits = 0;
    later[0]?.();
    await tracker.commit();
    expect(storedAnswers(lms)).toEqual([answer.id]);
    expect(notices.at(-1)).toEqual({ kind: "saving-recovered" });
  });

  it("a window closed before its writes were stored (no pagehide): the next launch stores them", async () => {
    const storage = memoryStorage();
    const first = setup(version, { [LEARNER[version]]: "learner_1" }, { storage });
    await first.tracker.initialize();
    first.tracker.recordInteraction(question(1));
    await first.tracker.commit();
    first.lms.refuseCommit = () => true;
    first.tracker.recordInteraction(question(2));
    first.tracker.saveProgress({ record: "c1|two", location: "pricing/2", progressMeasure: 0.5 });
    expect(await first.tracker.commit()).toBe(false);
    expect(unsavedCopies(storage)).toHaveLength(1);

    const second = setup(version, Object.fromEntries(first.lms.stored), { storage });
    const context = await second.tracker.initialize();
    expect(context).toMatchObject({ record: "c1|two", location: "pricing/2" });
    expect(await second.tracker.commit()).toBe(true);
    expect(storedAnswers(second.lms)).toEqual([question(1).id, question(2).id]);
    expect(unsavedCopies(storage)).toEqual([]);
    expect(second.notices).toEqual([{ kind: "device-progress-saved" }]);
  });

  it.each([
    ["no API", { window: lonely() }],
    ["an initialize that fails", {}],
  ])("progress made with %s reaches the LMS at the next launch, told once", async (_, where) => {
    const storage = memoryStorage();
    const offline = setup(version, {}, { storage, packageVersion: "1.0.0", ...where });
    offline.lms.failInitialize = 100;
    await offline.tracker.initialize();
    finishModule(offline.tracker, 3);
    await offline.tracker.terminate();
    expect(offline.lms.stored.size).toBe(0);

    const online = setup(version, { [LEARNER[version]]: "learner_1" }, { storage, packageVersion: "1.0.0" });
    const context = await online.tracker.initialize();
    expect(context).toMatchObject({ record: "c1|done", completion: "completed", success: "passed" });
    await online.tracker.commit();
    await online.tracker.terminate();
    expect(storedAnswers(online.lms)).toEqual([1, 2, 3].map((n) => question(n).id));
    expect(online.lms.stored.get(verdict)).toBe("passed");
    expect(online.lms.stored.get(names.raw)).toBe("75");
    expect(online.notices.filter(({ kind }) => kind === "device-progress-saved")).toHaveLength(1);
    expect(unsavedCopies(storage)).toEqual([]);
  });

  it("device progress never downgrades a status and never replaces a record the LMS has moved on from", async () => {
    const storage = memoryStorage();
    const offline = setup(version, {}, { storage, window: lonely() });
    await offline.tracker.initialize();
    offline.tracker.recordInteraction(question(1));
    offline.tracker.saveProgress({ record: "c1|offline", location: "pricing/1", progressMeasure: 0.2 });
    offline.tracker.setStatus("incomplete", "unknown");
    const done: Record<string, string> =
      version === "scorm12"
        ? { "cmi.core.lesson_status": "passed" }
        : { "cmi.completion_status": "completed", "cmi.success_status": "passed" };
    const online = setup(
      version,
      {
        [LEARNER[version]]: "learner_1",
        [names.suspend]: "c1|elsewhere",
        ...done,
        "cmi.interactions.0.id": "x",
      },
      { storage },
    );
    const context = await online.tracker.initialize();
    expect(context).toMatchObject({ record: "c1|elsewhere", completion: "completed", success: "passed" });
    await online.tracker.terminate();
    expect(online.lms.stored.get("cmi.interactions.1.id")).toBe(question(1).id);
    expect(online.lms.stored.get(names.suspend)).toBe("c1|elsewhere");
    expect(online.lms.stored.get(verdict)).toBe("passed");
  });

  it("two tabs: the older one stops writing to its LMS and its answers reach the LMS at the next launch", async () => {
    const storage = memoryStorage();
    const learner = { [LEARNER[version]]: "learner_1" };
    const older = setup(version, learner, { storage });
    await older.tracker.initialize();
    older.tracker.recordInteraction(question(1));
    await older.tracker.commit();
    const newer = setup(version, Object.fromEntries(older.lms.stored), { storage });
    await newer.tracker.initialize();
    newer.tracker.recordInteraction(question(2));
    const setsBefore = older.lms.sets.length;
    older.tracker.recordInteraction(question(3));
    older.tracker.setStatus("completed", "passed");
    await older.tracker.terminate();
    expect(older.lms.sets.length).toBe(setsBefore);
    expect(older.lms.calls.filter((call) => /Finish|Terminate/.test(call))).toEqual([]);
    expect(older.notices).toContainEqual({ kind: "open-elsewhere" });
    await newer.tracker.terminate();
    expect(storedAnswers(newer.lms)).toEqual([question(1).id, question(2).id]);

    const next = setup(version, Object.fromEntries(newer.lms.stored), { storage });
    await next.tracker.initialize();
    await next.tracker.terminate();
    expect(storedAnswers(next.lms)).toEqual([1, 2, 3].map((n) => question(n).id));
    expect(next.lms.stored.get(verdict)).toBe("passed");
  });

  it("keeps device progress from another learner or another package version away from this LMS", async () => {
    const storage = memoryStorage();
    const known = setup(version, { [LEARNER[version]]: "learner_a" }, { storage, packageVersion: "1" });
    await known.tracker.initialize();
    await known.tracker.terminate();
    const offline = setup(version, {}, { storage, packageVersion: "1", window: lonely() });
    await offline.tracker.initialize();
    offline.tracker.recordInteraction(question(1));

    const other = setup(version, { [LEARNER[version]]: "learner_b" }, { storage, packageVersion: "1" });
    await other.tracker.initialize();
    await other.tracker.terminate();
    expect(storedAnswers(other.lms)).toEqual([]);

    const newer = setup(version, { [LEARNER[version]]: "learner_a" }, { storage, packageVersion: "2" });
    await newer.tracker.initialize();
    await newer.tracker.terminate();
    expect(storedAnswers(newer.lms)).toEqual([]);
    expect(unsavedCopies(storage)).toEqual([]);
  });
});
