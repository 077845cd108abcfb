/**
 * The SCORM trackers against an LMS played the way Moodle plays it (scorm-again as the API in the
 * parent frame, the package in an iframe), with a test SCO calling the Tracker API directly.
 * Every value set must pass Moodle's rules (moodle-rules.ts) and be accepted by scorm-again.
 */
import { expect, test } from "@playwright/test";
import type { InteractionRecord } from "../../../engine/tracking/tracker.ts";
import { createScorm12Target } from "../../../exporters/scorm12/index.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import type { HarnessState } from "./harness/harness-types.ts";
import { moodleViolations } from "./moodle-rules.ts";
import {
  CMI,
  type InstalledCourse,
  installCourse,
  type LmsSite,
  relaunch,
  startLmsSite,
} from "./support/lms-site.ts";
import { testScoPlayer } from "./support/test-sco-player.ts";

const TARGETS = {
  scorm12: createScorm12Target(testScoPlayer),
  scorm2004: createScorm2004Target(testScoPlayer),
};
const MODULE = "sample--getting_started";
const ASSESSMENT = "sample--assessment";

for (const version of ["scorm12", "scorm2004"] as const) {
  test.describe(`${version} tracker in the LMS harness`, () => {
    let site: LmsSite;
    let installed: InstalledCourse;
    const el = CMI[version];

    test.beforeAll(async () => {
      site = await startLmsSite();
      installed = await installCourse(site, version, TARGETS[version]);
    });
    test.afterAll(async () => site.close());

    const start: InstalledCourse["start"] = (...args) => installed.start(...args);

    function expectMoodleClean(state: HarnessState) {
      expect(moodleViolations(version, state.sets)).toEqual([]);
      expect(state.errors).toEqual([]);
    }

    test("completing every lesson of a module → completed, exit normal", async ({ page }) => {
      const lms = await start(page, MODULE);
      const sco = await lms.sco();
      await sco.evaluate(async () => {
        await window.sco.ready;
        window.sco.tracker.saveProgress({ record: "c1|done", location: "l2.1", progressMeasure: 1 });
        window.sco.tracker.setStatus("completed", "unknown");
      });
      const state = await lms.leave();
      expectMoodleClean(state);
      // A scored module's mastery score makes Moodle report passed/failed once a raw score exists; none was sent here.
      expect(state.stored?.[el.status]).toBe("completed");
      expect(state.stored?.[el.exit]).toBe(el.normalExit);
      expect(state.stored?.[el.suspend]).toBe("c1|done");
    });

    for (const [raw, verdict] of [
      [80, "passed"],
      [40, "failed"],
    ] as const) {
      test(`an assessment scored ${raw} against a pass mark of 60 → ${verdict} with raw ${raw}`, async ({
        page,
      }) => {
        const lms = await start(page, ASSESSMENT);
        const sco = await lms.sco();
        await sco.evaluate(
          async ([score, result]) => {
            await window.sco.ready;
            window.sco.tracker.setScore({ raw: score, min: 0, max: 100, scaled: score / 100 });
            window.sco.tracker.setStatus("completed", result);
          },
          [raw, verdict] as const,
        );
        const state = await lms.leave();
        expectMoodleClean(state);
        expect(state.stored?.[el.raw]).toBe(String(raw));
        expect(state.stored?.[version === "scorm12" ? el.status : "cmi.success_status"]).toBe(verdict);
        if (version === "scorm2004") expect(state.stored?.["cmi.score.scaled"]).toBe(String(raw / 100));
      });
    }

    test("leaving half-way and relaunching with the stored data → same place and record", async ({
      page,
    }) => {
      const first = await start(page, MODULE);
      await (await first.sco()).evaluate(async () => {
        await window.sco.ready;
        window.sco.tracker.saveProgress({ record: "c1|half", location: "l1.2", progressMeasure: 0.5 });
      });
      const stored = (await first.leave()).stored ?? {};
      expect(stored[el.exit]).toBe("suspend");
      const second = await start(page, MODULE, relaunch(version, stored));
      const context = await (await second.sco()).evaluate(() => window.sco.ready);
      expect(context).toMatchObject({ record: "c1|half", location: "l1.2", completion: "incomplete" });
    });

    test("revisiting after passing → still passed, score kept", async ({ page }) => {
      const first = await start(page, ASSESSMENT);
      await (await first.sco()).evaluate(async () => {
        await window.sco.ready;
        window.sco.tracker.setScore({ raw: 90, min: 0, max: 100, scaled: 0.9 });
        window.sco.tracker.setStatus("completed", "passed");
      });
      const stored = (await first.leave()).stored ?? {};
      const second = await start(page, ASSESSMENT, relaunch(version, stored));
      const context = await (await second.sco()).evaluate(async () => {
        const launched = await window.sco.ready;
        window.sco.tracker.setScore({ raw: 30, min: 0, max: 100, scaled: 0.3 });
        window.sco.tracker.setStatus("incomplete", "failed");
        return launched;
      });
      expect(context).toMatchObject({ success: "passed", scoreRaw: 90 });
      const state = await second.leave();
      expectMoodleClean(state);
      expect(state.stored?.[version === "scorm12" ? el.status : "cmi.success_status"]).toBe("passed");
      expect(state.stored?.[el.raw]).toBe("90");
    });

    test("every interaction type lands in cmi.interactions with its type and pattern", async ({ page }) => {
      const lms = await start(page, MODULE);
      const interactions: Array<Omit<InteractionRecord, "answeredAt">> = [
        {
          kind: "true-false",
          learner: { kind: "true-false", value: true },
          correct: { kind: "true-false", value: true },
        },
        {
          kind: "choice",
          learner: { kind: "choice", ids: ["b", "c"] },
          correct: { kind: "choice", ids: ["b", "c"] },
        },
        {
          kind: "fill-in",
          learner: { kind: "fill-in", texts: ["messaging"], caseMatters: false },
          correct: { kind: "fill-in", texts: ["contacting"], caseMatters: false },
        },
        {
          kind: "long-fill-in",
          learner: { kind: "other", text: "I would thank them." },
          correct: { kind: "other", text: "Thank the customer." },
        },
        {
          kind: "matching",
          learner: {
            kind: "matching",
            pairs: [
              ["a", "x"],
              ["b", "y"],
            ],
          },
          correct: {
            kind: "matching",
            pairs: [
              ["a", "x"],
              ["b", "y"],
            ],
          },
        },
        {
          kind: "performance",
          learner: { kind: "performance", steps: [["s1", "a"]] },
          correct: { kind: "performance", steps: [["s1", "a"]] },
        },
        {
          kind: "sequencing",
          learner: { kind: "sequencing", ids: ["c", "a", "b"] },
          correct: { kind: "sequencing", ids: ["a", "b", "c"] },
        },
        { kind: "likert", learner: { kind: "likert", id: "d" }, correct: { kind: "likert", id: "d" } },
        {
          kind: "numeric",
          learner: { kind: "numeric", value: 12.5 },
          correct: { kind: "numeric-range", min: 12.5, max: 12.5 },
        },
        {
          kind: "other",
          learner: { kind: "other", text: "scene_b" },
          correct: { kind: "other", text: "scene_b" },
        },
      ].map(({ kind, learner, correct }, index) => ({
        id: `getting_started.welcome.${kind.replace(/-/g, "_")}_${index + 1}`,
        type: kind as InteractionRecord["type"],
        description: `Question ${index + 1}`,
        learnerResponse: learner as InteractionRecord["learnerResponse"],
        correctResponses: [correct as InteractionRecord["learnerResponse"]],
        result: index === 6 ? "incorrect" : "correct",
        weighting: 1,
        latencyMs: 4_250 + index,
        objectiveIds: ["getting_started.welcome"],
      }));
      await (await lms.sco()).evaluate(async (records) => {
        await window.sco.ready;
        for (const record of records)
          window.sco.tracker.recordInteraction({ ...record, answeredAt: new Date() });
        await window.sco.tracker.commit();
      }, interactions);
      const state = await lms.state();
      expectMoodleClean(state);
      const stored = state.stored ?? {};
      const expectedTypes =
        version === "scorm12"
          ? [
              "true-false",
              "choice",
              "fill-in",
              "fill-in",
              "matching",
              "performance",
              "sequencing",
              "likert",
              "numeric",
              "fill-in",
            ]
          : [
              "true-false",
              "choice",
              "fill-in",
              "long-fill-in",
              "matching",
              "performance",
              "sequencing",
              "likert",
              "numeric",
              "other",
            ];
      const expectedPatterns =
        version === "scorm12"
          ? [
              "t",
              "b,c",
              "contacting",
              "Thank the customer.",
              "a.x,b.y",
              "s1.a",
              "a,b,c",
              "d",
              "12.5",
              "scene_b",
            ]
          : [
              "true",
              "b[,]c",
              "{case_matters=false}contacting",
              "Thank the customer.",
              "a[.]x[,]b[.]y",
              "s1[.]a",
              "a[,]b[,]c",
              "d",
              "12.5[:]12.5",
              "scene_b",
            ];
      expect(interactions.map((_, n) => stored[`cmi.interactions.${n}.type`])).toEqual(expectedTypes);
      expect(interactions.map((_, n) => stored[`cmi.interactions.${n}.correct_responses.0.pattern`])).toEqual(
        expectedPatterns,
      );
      expect(stored[`cmi.interactions.6.result`]).toBe(version === "scorm12" ? "wrong" : "incorrect");
      expect(stored[`cmi.interactions.1.${el.response}`]).toBe(version === "scorm12" ? "b,c" : "b[,]c");
      expect(stored["cmi.interactions.0.objectives.0.id"]).toBe("getting_started.welcome");
      const commits = state.calls.filter((call) => /Commit$/.test(call)).length;
      expect(commits).toBeGreaterThanOrEqual(interactions.length);
    });

    test("an LMS whose commit fails twice loses nothing and the learner is told", async ({ page }) => {
      const lms = await start(page, MODULE, undefined, 2);
      const notices = await (await lms.sco()).evaluate(async () => {
        await window.sco.ready;
        window.sco.tracker.saveProgress({ record: "c1|answered", location: "l1.1", progressMeasure: 0.2 });
        window.sco.tracker.recordInteraction({
          id: "getting_started.welcome.single_choice_1",
          type: "choice",
          description: "Pick one",
          learnerResponse: { kind: "choice", ids: ["a"] },
          correctResponses: [{ kind: "choice", ids: ["a"] }],
          result: "correct",
          weighting: 1,
          latencyMs: 1000,
          answeredAt: new Date(),
          objectiveIds: ["getting_started.welcome"],
        });
        await window.sco.tracker.commit();
        return window.sco.notices;
      });
      expect(notices).toEqual([{ kind: "saving-failed", attempt: 1 }, { kind: "saving-recovered" }]);
      const state = await lms.state();
      expect(state.stored?.["cmi.interactions.0.id"]).toBe("getting_started.welcome.single_choice_1");
      expect(state.stored?.[el.suspend]).toBe("c1|answered");
      expectMoodleClean(state);
    });
  });
}
