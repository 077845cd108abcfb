/**
 * A course with translations in the LMS: each package carries the other language editions, and the
 * learner's language preference (as the platform states it) chooses one. Progress is one record for
 * the package whatever the language, so a learner who changes language goes on where they were.
 */
import { expect, type Frame, test } from "@playwright/test";
import { compileEditions } from "../../../engine/i18n/editions.ts";
import { compileCourse } from "../../../engine/model/compile-course.ts";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { ar } from "../../../engine/runtime/messages/ar.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { fr } from "../../../engine/runtime/messages/fr.ts";
import { readCourse } from "../../../engine/source/read-course.ts";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm12Target } from "../../../exporters/scorm12/index.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import { keyboardInput } from "../runtime/support/input.ts";
import { expectAccessibleAtWidths } from "../support/accessible-widths.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import {
  firstAttempt,
  type InstalledCourse,
  installCourse,
  type LmsSite,
  relaunch,
  startLmsSite,
} from "./support/lms-site.ts";

const COURSE_DIR = "course-src/sample";

/** One LMS per version: both install packages under the same names. */
const sites: LmsSite[] = [];
const installed: Partial<Record<"scorm12" | "scorm2004", InstalledCourse>> = {};
const editions = new Map<string, CourseModel>();

test.beforeAll(async () => {
  test.setTimeout(0);
  const [site2004, site12] = [await startLmsSite(), await startLmsSite()];
  sites.push(site2004, site12);
  installed.scorm2004 = await installCourse(
    site2004,
    "scorm2004",
    createScorm2004Target(runtimePlayer),
    COURSE_DIR,
    {
      withEditions: true,
    },
  );
  installed.scorm12 = await installCourse(site12, "scorm12", createScorm12Target(runtimePlayer), COURSE_DIR, {
    withEditions: true,
  });
  const source = await readCourse(COURSE_DIR);
  const { model } = compileCourse(source);
  if (!model) throw new Error("the sample must compile");
  for (const edition of [model, ...compileEditions(model, source).models])
    editions.set(edition.lang, edition);
});
test.afterAll(async () => Promise.all(sites.map((site) => site.close())));

function course(version: "scorm12" | "scorm2004"): InstalledCourse {
  const course = installed[version];
  if (!course) throw new Error(`${version} is not installed`);
  return course;
}

function edition(lang: string): CourseModel {
  const model = editions.get(lang);
  if (!model) throw new Error(`the sample has no ${lang} edition`);
  return model;
}

const firstLesson = (model: CourseModel) => {
  const lesson = model.modules[0]?.lessons[0];
  if (!lesson) throw new Error("no first lesson");
  return lesson;
};
const moduleName = (model: CourseModel) => `${model.id}--${model.modules[0]?.id}`;

/** The live player (not the launch page's inert first screen) shows this lesson title. */
async function expectLesson(sco: Frame, title: string): Promise<void> {
  await expect(sco.locator(".cm-first-screen")).toHaveCount(0);
  await expect(sco.getByRole("heading", { name: title }).first()).toBeVisible();
}

test("without a language preference the package's own edition plays", async ({ page }) => {
  const english = edition("en-GH");
  const launched = await course("scorm2004").start(page, moduleName(english));
  const sco = await launched.sco();
  await expectLesson(sco, firstLesson(english).title);
  await expect(sco.locator("html")).toHaveAttribute("lang", "en-GH");
  await expect(sco.getByRole("button", { name: en.next })).toBeVisible();
});

test("French preferred: the French edition; relaunched with Arabic preferred: Arabic, right to left, same screen", async ({
  page,
}) => {
  const english = edition("en-GH");
  const name = moduleName(english);
  const lms = course("scorm2004");
  const screens = firstLesson(english).screens.length;
  const preferring = (lang: string, values: Record<string, string>) => ({
    ...values,
    "cmi.learner_preference.language": lang,
  });
  const first = await lms.start(
    page,
    name,
    preferring("fr-FR", firstAttempt("scorm2004", lms.manifests.get(name) ?? "")),
  );
  const french = await first.sco();
  await expectLesson(french, firstLesson(edition("fr")).title);
  await expect(french.locator("html")).toHaveAttribute("lang", "fr");
  await french.getByRole("button", { name: fr.next }).click();
  await expect(french.getByText(fr.screenOf(2, screens))).toBeVisible();
  const stored = (await first.leave()).stored ?? {};

  const second = await lms.start(page, name, preferring("ar", relaunch("scorm2004", stored)));
  const arabic = await second.sco();
  await expect(arabic.locator(".cm-first-screen")).toHaveCount(0);
  await expect(arabic.locator("html")).toHaveAttribute("lang", "ar");
  await expect(arabic.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(arabic.getByText(ar.screenOf(2, screens))).toBeVisible();
  await expect(arabic.getByRole("button", { name: ar.previous })).toBeVisible();
  await expectAccessibleAtWidths(page, [320, 360, 1280], arabic);
  const state = await second.leave();
  expect(state.errors).toEqual([]);
});

test("SCORM 1.2 reads cmi.student_preference.language", async ({ page }) => {
  const english = edition("en-GH");
  const name = moduleName(english);
  const lms = course("scorm12");
  const launched = await lms.start(page, name, {
    ...firstAttempt("scorm12", lms.manifests.get(name) ?? ""),
    "cmi.student_preference.language": "fr",
  });
  const sco = await launched.sco();
  await expectLesson(sco, firstLesson(edition("fr")).title);
  await expect(sco.getByRole("button", { name: fr.next })).toBeVisible();
});

/**
 * Each translated edition as its own packages (sample_fr, sample_ar), walked in Chromium by a
 * keyboard learner in that language: a module completed, left half-way and resumed, the final
 * assessment passed.
 */
for (const [lang, messages] of [
  ["fr", fr],
  ["ar", ar],
] as const) {
  test.describe(`the ${lang} edition's own packages`, () => {
    let lms: InstalledCourse;
    let editionSite: LmsSite;
    test.beforeAll(async () => {
      test.setTimeout(0);
      editionSite = await startLmsSite();
      lms = await installCourse(editionSite, "scorm2004", createScorm2004Target(runtimePlayer), COURSE_DIR, {
        edition: lang,
      });
    });
    test.afterAll(async () => editionSite?.close());

    const next = new RegExp(`^(${messages.next}|${messages.nextLesson})$`);
    async function nextScreen(sco: Frame): Promise<boolean> {
      const button = sco.getByRole("contentinfo").getByRole("button", { name: next });
      if ((await button.count()) === 0 || (await button.first().getAttribute("aria-disabled")) === "true")
        return false;
      await button.first().click();
      return true;
    }

    test("a module completed", async ({ page }) => {
      const model = lms.course;
      const key = interactionsById(model);
      const launched = await lms.start(page, moduleName(model));
      const sco = await launched.sco();
      await expect(sco.locator("html")).toHaveAttribute("lang", lang);
      await expectLesson(sco, firstLesson(model).title);
      for (let screens = 0; screens < 100; screens += 1) {
        await answerVisibleQuestions(sco, key, keyboardInput(page), { messages });
        if (!(await nextScreen(sco))) break;
      }
      await expect(sco.getByText(messages.moduleComplete).first()).toBeVisible();
      const state = await launched.leave();
      expect(state.errors).toEqual([]);
      expect(state.stored?.["cmi.completion_status"]).toBe("completed");
    });

    test("left half-way, relaunched on the same screen", async ({ page }) => {
      const model = lms.course;
      const name = moduleName(model);
      const screens = firstLesson(model).screens.length;
      const first = await lms.start(page, name);
      const sco = await first.sco();
      await expectLesson(sco, firstLesson(model).title);
      await nextScreen(sco);
      await expect(sco.getByText(messages.screenOf(2, screens))).toBeVisible();
      const stored = (await first.leave()).stored ?? {};
      expect(stored["cmi.exit"]).toBe("suspend");
      const again = await (await lms.start(page, name, relaunch("scorm2004", stored))).sco();
      await expect(again.locator(".cm-first-screen")).toHaveCount(0);
      await expect(again.getByText(messages.screenOf(2, screens))).toBeVisible();
    });

    test("the final assessment passed", async ({ page }) => {
      const model = lms.course;
      const launched = await lms.start(page, `${model.id}--assessment`);
      const sco = await launched.sco();
      await sco.getByRole("button", { name: messages.startAssessment }).click();
      const drawn = model.assessment.perModule * model.modules.length;
      expect(
        await answerVisibleQuestions(sco, interactionsById(model), keyboardInput(page), {
          submitEach: false,
          messages,
        }),
      ).toBe(drawn);
      await sco.getByRole("button", { name: messages.submitAssessment }).click();
      await expect(sco.getByRole("heading", { name: messages.assessmentScore(100) })).toBeVisible();
      const state = await launched.leave();
      expect(state.errors).toEqual([]);
      expect(state.stored?.["cmi.success_status"]).toBe("passed");
    });
  });
}
