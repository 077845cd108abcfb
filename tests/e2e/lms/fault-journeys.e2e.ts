/**
 * Issue 9, "Nothing lost": a learner works through a module and the assessment with the real
 * player while the LMS misbehaves — a seeded 30% of SetValue and Commit calls refused (error 101),
 * an initialize that fails, no API at all, a reload at every step, a window closed without
 * pagehide, suspend_data cut short or written by an older package. Each journey counts the answers
 * given and the answers the LMS stored at the end: none may be lost, and the final status and
 * score must be right. One `[lms-faults]` line per journey gives the counts.
 */
import { expect, type Frame, test } from "@playwright/test";
import { hashKey } from "../../../engine/machines/progress-record/keys.ts";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm12Target } from "../../../exporters/scorm12/index.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import { interactionsById } from "../support/answer-screen.ts";
import type { HarnessState } from "./harness/harness-types.ts";
import { moodleViolations } from "./moodle-rules.ts";
import { type FaultLearner, faultLearner, reportCounts, storedAnswers } from "./support/fault-learner.ts";
import {
  CMI,
  type InstalledCourse,
  installCourse,
  type LaunchedSco,
  type LmsFaults,
  type LmsSite,
  relaunch,
  startLmsSite,
} from "./support/lms-site.ts";

const TARGETS = {
  scorm12: createScorm12Target(runtimePlayer),
  scorm2004: createScorm2004Target(runtimePlayer),
};
const FLAKY: LmsFaults = { faults: { seed: 20_261_204, rate: 0.3 } };
const PARTS = ["module", "assessment"] as const;
type Part = (typeof PARTS)[number];

/** A record rewritten: its sections changed and its checksum made whole again. */
function rewrite(record: string, change: (sections: string[]) => void): string {
  const sections = record.slice(0, record.lastIndexOf("!")).split("|");
  change(sections);
  const body = sections.join("|");
  return `${body}!${hashKey(body)}`;
}

/**
 * A longer record (a bigger course; an LMS allowing 64,000) cut to `limit` characters by a
 * stricter LMS: entries of lessons this package does not have come first, so the cut takes the
 * record's real progress with it.
 */
const cutAt = (limit: number) => (record: string) =>
  rewrite(record, (sections) => {
    const filler = Array.from({ length: Math.ceil(limit / 8) }, () => "zzzzzz1");
    sections[2] = [...filler, sections[2] ?? ""].join(";");
  }).slice(0, limit);

/** How an LMS damages the stored record between two launches. */
const DAMAGE: Record<string, (record: string) => string> = {
  "suspend_data cut at 100": cutAt(100),
  "suspend_data cut at 4096": cutAt(4096),
  // The previous package version had a lesson and a question this one no longer has.
  "suspend_data from an older package version": (record) =>
    rewrite(record, (sections) => {
      sections[1] = `${hashKey("getting_started.retired_lesson")}.1`;
      sections[3] = [`${hashKey("getting_started.retired_lesson.old_question")}41,a`, sections[3] ?? ""]
        .filter(Boolean)
        .join(";");
    }),
};

for (const version of ["scorm12", "scorm2004"] as const) {
  test.describe(`${version}: no answer lost to LMS faults`, () => {
    // Journeys launch a package up to six times; a loaded 2-core machine needs the room.
    test.describe.configure({ timeout: 180_000 });
    test.use({ hasTouch: true });
    let site: LmsSite;
    let installed: InstalledCourse;
    let course: CourseModel;
    let key: ReturnType<typeof interactionsById>;
    const el = CMI[version];

    test.beforeAll(async () => {
      site = await startLmsSite();
      installed = await installCourse(site, version, TARGETS[version]);
      course = installed.course;
      key = interactionsById(course);
    });
    test.afterAll(async () => site?.close());

    const nameOf = (part: Part) =>
      part === "module" ? `${course.id}--${course.modules[0]?.id}` : `${course.id}--assessment`;
    const learnerFor = (part: Part) => faultLearner(key, part);

    async function steps(learner: FaultLearner, sco: Frame, count: number): Promise<void> {
      for (let step = 0; step < count; step += 1) await learner.step(sco);
    }

    function expectNothingLost(journey: string, part: Part, learner: FaultLearner, state: HarnessState) {
      const stored = storedAnswers(state.stored);
      reportCounts(`${version} ${part}: ${journey}`, learner.given, stored.length);
      expect(learner.given).toBeGreaterThan(0);
      expect(stored).toHaveLength(learner.given);
      expect(state.stored?.[el.success]).toBe("passed");
      if (version === "scorm2004") expect(state.stored?.[el.status]).toBe("completed");
      expect(state.stored?.[el.raw]).toBe("100");
      expect(moodleViolations(version, state.sets)).toEqual([]);
      expect(state.errors).toEqual([]);
    }

    async function expectDeviceProgressSaved(lms: LaunchedSco): Promise<Frame> {
      const sco = await lms.sco();
      await expect(sco.locator("[data-notice=device-progress-saved]")).toContainText(
        en.noticeDeviceProgressSaved,
      );
      return sco;
    }

    for (const part of PARTS) {
      test(`${part}: 30% of SetValue and Commit calls refused`, async ({ page }) => {
        const learner = learnerFor(part);
        const lms = await installed.start(page, nameOf(part), undefined, 0, FLAKY);
        const sco = await lms.sco();
        await learner.finish(sco);
        // The saving notice stays until the LMS has stored everything, then says so.
        await expect(sco.locator("[data-notice=saving-failed]")).toHaveCount(0, { timeout: 30_000 });
        const state = await lms.leave();
        expect(state.injected.length).toBeGreaterThan(0);
        expectNothingLost(`30% of calls refused (${state.injected.length} refused)`, part, learner, state);
      });

      for (const [journey, faults] of [
        ["initialize fails, then works at the next launch", { failInitialize: true }],
        ["no API, then an API at the next launch", { noApi: true }],
      ] as const) {
        test(`${part}: ${journey}`, async ({ page }) => {
          const learner = learnerFor(part);
          const offline = await installed.start(page, nameOf(part), undefined, 0, faults);
          const sco = await offline.sco();
          await expect(sco.locator("[data-notice=standalone]")).toContainText(en.noticeStandalone);
          await steps(learner, sco, 2); // module: two screens; assessment: all of it
          await offline.leave({ finishes: false });
          const online = await installed.start(page, nameOf(part));
          await learner.finish(await expectDeviceProgressSaved(online));
          expectNothingLost(journey, part, learner, await online.leave());
        });
      }

      test(`${part}: reload at every step`, async ({ page }) => {
        const learner = learnerFor(part);
        let state: HarnessState | undefined;
        for (let launches = 0; launches < 20; launches += 1) {
          const stored = state?.stored;
          const lms = await installed.start(page, nameOf(part), stored && relaunch(version, stored));
          const more = await learner.step(await lms.sco());
          state = await lms.leave();
          if (!more) break;
        }
        if (!state) throw new Error("no launch");
        expectNothingLost("reload at every step", part, learner, state);
      });

      test(`${part}: window closed without pagehide while the LMS refused commits`, async ({ page }) => {
        const learner = learnerFor(part);
        const first = await installed.start(page, nameOf(part), undefined, 1_000);
        await steps(learner, await first.sco(), 2); // module: two screens; assessment: all of it
        const closed = await first.vanish();
        expect(closed.calls.filter((call) => /Finish|Terminate/.test(call))).toEqual([]);
        expect(storedAnswers(closed.stored)).toEqual([]);
        const second = await installed.start(page, nameOf(part));
        await learner.finish(await expectDeviceProgressSaved(second));
        expectNothingLost("window closed without pagehide", part, learner, await second.leave());
      });

      if (part === "module")
        test("module: two tabs of one module", async ({ page, context }) => {
          const learner = learnerFor(part);
          const database = `lms-db-${test.info().testId}`;
          const shared: LmsFaults = { sharedDb: database };
          const readDb = () =>
            page.evaluate(
              (key) => JSON.parse(localStorage.getItem(key) ?? "{}") as Record<string, string>,
              database,
            );
          const older = await installed.start(page, nameOf(part), undefined, 0, shared);
          const olderSco = await older.sco();
          await steps(learner, olderSco, 3); // screens 1–3; the questions wait on screen 4
          const newer = await installed.start(
            await context.newPage(),
            nameOf(part),
            relaunch(version, await readDb()),
            0,
            shared,
          );
          await learner.finish(await newer.sco());
          // Back in the first tab, screen 4's questions are still open there: answered again.
          await learner.finish(olderSco);
          await expect(olderSco.locator("[data-notice=open-elsewhere]")).toContainText(
            en.noticeOpenElsewhere,
          );
          await older.leave({ finishes: false });
          await newer.leave();
          const again = await installed.start(
            page,
            nameOf(part),
            relaunch(version, await readDb()),
            0,
            shared,
          );
          await expectDeviceProgressSaved(again);
          expectNothingLost("two tabs of one module", part, learner, await again.leave());
        });

      for (const [journey, damage] of Object.entries(DAMAGE)) {
        test(`${part}: ${journey}`, async ({ page }) => {
          const learner = learnerFor(part);
          const name = nameOf(part);
          const first = await installed.start(page, name);
          await learner.finish(await first.sco());
          const stored = (await first.leave()).stored ?? {};
          const record = stored[el.suspend] ?? "";
          const damaged = damage(record);
          expect(damaged, `a record of ${record.length} characters`).not.toBe(record);
          const second = await installed.start(page, name, {
            ...relaunch(version, stored),
            [el.suspend]: damaged,
          });
          // What the record lost is done again: back to the first screen, then on to the end.
          const sco = await second.sco();
          await learner.restart(sco);
          await learner.finish(sco);
          expectNothingLost(journey, part, learner, await second.leave());
        });
      }
    }
  });
}
