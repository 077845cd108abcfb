/**
 * Issue 9 acceptance in the LMS harness: what a learner's statuses and scores become in Moodle's
 * gradebook. The fixture course has an unscored module (default `grade: completion`), a scored module
 * whose question sits one screen before its end, an unscored module with `grade: none`, and a final
 * assessment. Stored values are graded by Moodle's own rules (moodle-grading.ts, STANDARDS.md §6.4).
 */
import { expect, type Frame, type Page, test } from "@playwright/test";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm12Target } from "../../../exporters/scorm12/index.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import { keyboardInput, touchInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import type { HarnessState } from "./harness/harness-types.ts";
import { activityGrade, courseTotalPercent, type StoredSco } from "./moodle-grading.ts";
import { moodleViolations } from "./moodle-rules.ts";
import {
  CMI,
  type InstalledCourse,
  installCourse,
  type LmsSite,
  relaunch,
  startLmsSite,
} from "./support/lms-site.ts";

const COURSE_DIR = "tests/fixtures/lms-grades";
const TARGETS = {
  scorm12: createScorm12Target(runtimePlayer),
  scorm2004: createScorm2004Target(runtimePlayer),
};
const NEXT = new RegExp(`^(${en.next}|${en.nextLesson}|Finish)$`);

async function nextScreen(sco: Frame): Promise<boolean> {
  const next = sco.getByRole("contentinfo").getByRole("button", { name: NEXT });
  if ((await next.count()) === 0 || !(await next.first().isEnabled())) return false;
  await next.first().click();
  return true;
}

for (const version of ["scorm12", "scorm2004"] as const) {
  test.describe(`${version}: grades as Moodle computes them`, () => {
    test.use({ hasTouch: version === "scorm12" });
    const el = CMI[version];
    let site: LmsSite;
    let installed: InstalledCourse;
    let course: CourseModel;

    test.beforeAll(async () => {
      site = await startLmsSite();
      installed = await installCourse(site, version, TARGETS[version], COURSE_DIR);
      course = installed.course;
    });
    test.afterAll(async () => site?.close());

    const input = (page: Page) => (version === "scorm12" ? touchInput() : keyboardInput(page));
    const packageOf = (part: string) => `${course.id}--${part}`;

    function expectMoodleClean(state: HarnessState): StoredSco {
      expect(moodleViolations(version, state.sets)).toEqual([]);
      expect(state.errors).toEqual([]);
      return state.stored ?? {};
    }

    async function finishModule(page: Page, moduleId: string): Promise<StoredSco> {
      const lms = await installed.start(page, packageOf(moduleId));
      const sco = await lms.sco();
      const key = interactionsById(course);
      for (let screens = 0; screens < 20; screens += 1) {
        await answerVisibleQuestions(sco, key, input(page), { correct: true });
        if (!(await nextScreen(sco))) return expectMoodleClean(await lms.leave());
      }
      throw new Error(`module ${moduleId} never ended`);
    }

    async function passAssessment(page: Page): Promise<StoredSco> {
      const lms = await installed.start(page, packageOf("assessment"));
      const sco = await lms.sco();
      await sco.getByRole("button", { name: en.startAssessment }).click();
      const key = interactionsById(course);
      await answerVisibleQuestions(sco, key, input(page), { submitEach: false, correct: true });
      await sco.getByRole("button", { name: en.submitAssessment }).click();
      await expect(sco.getByRole("heading", { name: en.assessmentScore(100) })).toBeVisible();
      return expectMoodleClean(await lms.leave());
    }

    test("a learner who completes every module and passes the assessment gets 100% with the default grading", async ({
      page,
    }) => {
      const welcome = await finishModule(page, "welcome");
      const practice = await finishModule(page, "practice");
      const notes = await finishModule(page, "notes");
      const assessment = await passAssessment(page);

      // The unscored module reports full marks on completion; `grade: none` reports no score.
      expect(welcome[el.status]).toBe("completed");
      expect(welcome).toMatchObject({ [el.raw]: "100" });
      expect(notes[el.status]).toBe("completed");
      expect(notes[el.raw]).toBeUndefined();
      expect(practice[el.success]).toBe("passed");
      expect(practice[el.raw]).toBe("100");
      // A numeric answer of 12.5 ± 0.5: 1.2 has no range syntax, so its pattern is the stated answer.
      const numeric = Object.keys(practice).find(
        (key) => /^cmi\.interactions\.\d+\.id$/.test(key) && practice[key] === "dress_total",
      );
      const pattern = practice[`${numeric?.replace(/\.id$/, "")}.correct_responses.0.pattern`];
      expect(pattern).toBe(version === "scorm12" ? "12.5" : "12[:]13");
      expect(assessment[el.success]).toBe("passed");

      // Moodle's default: "Highest grade", maximum grade 100; the admin sets 0 for the `grade: none` module.
      const graded = [welcome, practice, assessment].map((sco) => activityGrade("highest", [sco]));
      const ungraded = activityGrade("highest", [notes], 0);
      expect(graded).toEqual(Array(3).fill({ grade: 100, max: 100 }));
      expect(courseTotalPercent([...graded, ungraded])).toBe(100);
      // Left at 100, the ungraded module would pull the total down: why docs/admins.md says to set 0.
      expect(courseTotalPercent([...graded, activityGrade("highest", [notes])])).toBe(75);
      // "Learning objects" counts completed SCOs, so every module counts whatever it reports.
      const objects = [welcome, practice, notes, assessment].map((sco) =>
        activityGrade("learning-objects", [sco]),
      );
      expect(courseTotalPercent(objects)).toBe(100);
    });

    test("every scored answer given one screen before the end: 1.2 stays incomplete, 2004 passed but incomplete", async ({
      page,
    }) => {
      const name = packageOf("practice");
      const first = await installed.start(page, name);
      const sco = await first.sco();
      expect(
        await answerVisibleQuestions(sco, interactionsById(course), input(page), { correct: true }),
      ).toBe(2);
      await expect(sco.getByText("Screen 1 of 2")).toBeVisible();
      const stopped = expectMoodleClean(await first.leave());
      expect(stopped[el.exit]).toBe("suspend");
      if (version === "scorm12") {
        // Moodle counts `passed` as done; no raw either, or LMSFinish would turn it into passed (§1.4.5).
        expect(stopped["cmi.core.lesson_status"]).toBe("incomplete");
        expect(stopped["cmi.core.score.raw"]).toBeUndefined();
        expect(activityGrade("learning-objects", [stopped]).grade).toBe(0);
      } else {
        expect(stopped["cmi.completion_status"]).toBe("incomplete");
        expect(stopped["cmi.success_status"]).toBe("passed");
        expect(activityGrade("learning-objects", [stopped]).grade).toBe(0);
      }

      const second = await installed.start(page, name, relaunch(version, stopped));
      const again = await second.sco();
      await expect(again.getByText("Screen 1 of 2")).toBeVisible();
      await nextScreen(again);
      await expect(again.getByText("Screen 2 of 2")).toBeVisible();
      const finished = expectMoodleClean(await second.leave());
      expect(finished[el.status]).toBe(version === "scorm12" ? "passed" : "completed");
      expect(finished[el.success]).toBe("passed");
      expect(activityGrade("highest", [finished])).toEqual({ grade: 100, max: 100 });
    });
  });
}
