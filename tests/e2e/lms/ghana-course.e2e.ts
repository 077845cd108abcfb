/**
 * Issue 6 acceptance in the LMS: the real Ghana course's SCORM 1.2 packages, built with the real target
 * and player, played in the harness the way Moodle plays them, on a touch phone. A learner completes
 * module 1 and passes the final assessment; everything Moodle would store is judged by its rules.
 */
import { expect, type Frame, type Page, test } from "@playwright/test";
import { behaviourOf } from "../../../engine/interactions/behaviours.ts";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm12Target } from "../../../exporters/scorm12/index.ts";
import { touchInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById, interactionsIn } from "../support/answer-screen.ts";
import type { HarnessState } from "./harness/harness-types.ts";
import { activityGrade } from "./moodle-grading.ts";
import { moodleViolations } from "./moodle-rules.ts";
import {
  type InstalledCourse,
  installCourse,
  type LmsSite,
  relaunch,
  startLmsSite,
} from "./support/lms-site.ts";

const COURSE_DIR = "course-src/selling-online";
const NEXT = new RegExp(`^(${en.next}|${en.nextLesson}|Finish)$`);
const SUSPEND_DATA_LIMIT = 4096; // STANDARDS.md §1.4.1: atingi's standards mode is unknown

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

let site: LmsSite;
let installed: InstalledCourse;
let course: CourseModel;

test.beforeAll(async () => {
  site = await startLmsSite();
  installed = await installCourse(site, "scorm12", createScorm12Target(runtimePlayer), COURSE_DIR);
  course = installed.course;
});
test.afterAll(async () => site?.close());

function expectMoodleClean(state: HarnessState): void {
  expect(moodleViolations("scorm12", state.sets)).toEqual([]);
  expect(state.errors).toEqual([]);
  expect((state.stored?.["cmi.suspend_data"] ?? "").length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
}

/** Interaction id → result, as journaled in the stored cmi.interactions. */
function journal(stored: Record<string, string>): Map<string, string | undefined> {
  const results = new Map<string, string | undefined>();
  for (const [element, value] of Object.entries(stored)) {
    const index = /^cmi\.interactions\.(\d+)\.id$/.exec(element)?.[1];
    if (index !== undefined) results.set(value, stored[`cmi.interactions.${index}.result`]);
  }
  return results;
}

const ASSESSMENT = () => `${course.id}--assessment`;
const drawn = () => course.assessment.perModule * course.modules.length;

async function nextScreen(sco: Frame): Promise<boolean> {
  const next = sco.getByRole("contentinfo").getByRole("button", { name: NEXT });
  if ((await next.count()) === 0 || !(await next.first().isEnabled())) return false;
  await next.first().tap();
  return true;
}

for (const correct of [true, false]) {
  test(`a learner completes module 1 in Moodle's player, answering ${correct ? "rightly" : "wrongly"}: completed, every answer journaled`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const module = course.modules[0];
    if (!module) throw new Error("the course has no module");
    const key = interactionsById(course);
    const lms = await installed.start(page, `${course.id}--${module.id}`);
    const sco = await lms.sco();
    let screens = 0;
    let answered = 0;
    for (; screens < 200; screens += 1) {
      answered += await answerVisibleQuestions(sco, key, touchInput(), { correct });
      if (!(await nextScreen(sco))) break;
    }
    const lessonQuestions = interactionsIn(module.lessons);
    expect(answered).toBe(lessonQuestions.size);
    expect(screens + 1).toBe(module.lessons.reduce((sum, lesson) => sum + lesson.screens.length, 0));

    const state = await lms.leave();
    expectMoodleClean(state);
    const stored = state.stored ?? {};
    expect(stored["cmi.core.lesson_status"]).toBe("completed");
    // An unscored module reports full marks once complete, never Moodle's misleading 0 (grade: completion).
    expect(activityGrade("highest", [stored])).toEqual({ grade: 100, max: 100 });
    expect(stored["cmi.core.exit"]).toBe("");
    const results = journal(stored);
    for (const [id, interaction] of lessonQuestions) {
      expect(results.has(id), `${id} is journaled`).toBe(true);
      const scored = behaviourOf(interaction).scoring.scored;
      expect(results.get(id), id).toBe(scored ? (correct ? "correct" : "wrong") : "neutral");
    }
  });
}

/** Takes the final assessment in Moodle's player, every drawn item answered rightly or clearly wrongly. */
async function takeAssessment(page: Page, correct: boolean): Promise<Record<string, string>> {
  const lms = await installed.start(page, ASSESSMENT());
  const sco = await lms.sco();
  await sco.getByRole("button", { name: en.startAssessment }).tap();
  const key = interactionsById(course);
  expect(await answerVisibleQuestions(sco, key, touchInput(), { submitEach: false, correct })).toBe(drawn());
  await sco.getByRole("button", { name: en.submitAssessment }).tap();
  const { passMark } = course.assessment;
  const verdict = correct ? en.assessmentPassed : en.assessmentFailed(passMark);
  await expect(sco.getByText(`${en.assessmentScore(correct ? 100 : 0)} ${verdict}`)).toBeVisible();
  const state = await lms.leave();
  expectMoodleClean(state);
  // What the SCO reported agrees with what Moodle derives from raw and the mastery score (§1.4.5).
  const reported = state.sets.filter(([element]) => element === "cmi.core.lesson_status").at(-1)?.[1];
  expect(reported).toBe(state.stored?.["cmi.core.lesson_status"]);
  expect(state.stored?.["cmi.student_data.mastery_score"]).toBe(String(passMark));
  return state.stored ?? {};
}

test("a learner passes the final assessment: passed with 100 against the mastery score, kept on relaunch", async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(installed.manifests.get(ASSESSMENT())).toContain(
    `<adlcp:masteryscore>${course.assessment.passMark}</adlcp:masteryscore>`,
  );
  const stored = await takeAssessment(page, true);
  expect(stored).toMatchObject({
    "cmi.core.lesson_status": "passed",
    "cmi.core.score.raw": "100",
    "cmi.core.score.min": "0",
    "cmi.core.score.max": "100",
    "cmi.core.exit": "",
  });
  expect([...journal(stored).values()]).toEqual(Array(drawn()).fill("correct"));

  const again = await installed.start(page, ASSESSMENT(), relaunch("scorm12", stored));
  await expect((await again.sco()).getByRole("main")).toBeVisible();
  const state = await again.leave();
  expectMoodleClean(state);
  expect(state.stored?.["cmi.core.lesson_status"]).toBe("passed");
  expect(state.stored?.["cmi.core.score.raw"]).toBe("100");
});

test("an assessment answered wrongly: failed with 0, every item journaled wrong", async ({ page }) => {
  test.setTimeout(120_000);
  const stored = await takeAssessment(page, false);
  expect(stored).toMatchObject({ "cmi.core.lesson_status": "failed", "cmi.core.score.raw": "0" });
  expect([...journal(stored).values()]).toEqual(Array(drawn()).fill("wrong"));
});
