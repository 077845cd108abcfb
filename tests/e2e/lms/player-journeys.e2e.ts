/**
 * The real acceptance: packages built with the real player bundle, played in the LMS harness the way
 * Moodle plays them, by a learner clicking through. Every value the package sets must pass Moodle's
 * rules and be accepted by scorm-again.
 */
import { expect, type Frame, type Page, test } from "@playwright/test";
import type { CourseModel } from "../../../engine/model/schema.ts";
import { runtimePlayer } from "../../../exporters/scorm-shared/runtime-player.ts";
import { createScorm12Target } from "../../../exporters/scorm12/index.ts";
import { createScorm2004Target } from "../../../exporters/scorm2004/index.ts";
import { type Input, keyboardInput, touchInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById, interactionsIn } from "../support/answer-screen.ts";
import type { HarnessState } from "./harness/harness-types.ts";
import { moodleViolations } from "./moodle-rules.ts";
import { answerAnything } from "./support/any-answer.ts";
import {
  CMI,
  firstAttempt,
  type InstalledCourse,
  installCourse,
  type LmsSite,
  launch,
  relaunch,
  startLmsSite,
} from "./support/lms-site.ts";

const TARGETS = {
  scorm12: createScorm12Target(runtimePlayer),
  scorm2004: createScorm2004Target(runtimePlayer),
};
const NEXT = /^(Next|Next lesson|Finish)$/;

/** Each interaction type's CMI type (the slices' tracking mappings, restated as the oracle). */
const CMI_TYPE: Record<string, Record<"scorm12" | "scorm2004", string>> = {
  "single-choice": { scorm12: "choice", scorm2004: "choice" },
  "multiple-response": { scorm12: "choice", scorm2004: "choice" },
  "true-false": { scorm12: "true-false", scorm2004: "true-false" },
  numeric: { scorm12: "numeric", scorm2004: "numeric" },
  poll: { scorm12: "likert", scorm2004: "likert" },
  matching: { scorm12: "matching", scorm2004: "matching" },
  categorise: { scorm12: "matching", scorm2004: "matching" },
  hotspot: { scorm12: "choice", scorm2004: "choice" },
  sequencing: { scorm12: "sequencing", scorm2004: "sequencing" },
  "fill-in": { scorm12: "fill-in", scorm2004: "fill-in" },
  scenario: { scorm12: "performance", scorm2004: "performance" },
  checklist: { scorm12: "choice", scorm2004: "choice" },
  reflection: { scorm12: "fill-in", scorm2004: "other" },
};
/** Types without a right answer journal no correct_responses pattern. */
const UNSCORED = new Set(["poll", "checklist", "reflection"]);

async function nextScreen(sco: Frame): Promise<boolean> {
  const next = sco.getByRole("contentinfo").getByRole("button", { name: NEXT });
  if ((await next.count()) === 0 || !(await next.first().isEnabled())) return false;
  await next.first().click();
  return true;
}

// The 1.2 packages are answered by touch (the Moodle app plays 1.2 only), the 2004 ones by keyboard.
for (const version of ["scorm12", "scorm2004"] as const) {
  test.describe(`${version} package with the real player`, () => {
    test.use({ hasTouch: version === "scorm12" });
    let site: LmsSite;
    let course: CourseModel;
    let key: ReturnType<typeof interactionsById>;
    let installed: InstalledCourse;
    const el = CMI[version];

    test.beforeAll(async () => {
      site = await startLmsSite();
      installed = await installCourse(site, version, TARGETS[version]);
      course = installed.course;
      key = interactionsById(course);
    });
    test.afterAll(async () => site?.close());

    const start: InstalledCourse["start"] = (...args) => installed.start(...args);

    function expectMoodleClean(state: HarnessState) {
      expect(moodleViolations(version, state.sets)).toEqual([]);
      expect(state.errors).toEqual([]);
    }

    const inputOf = (page: Page): Input => (version === "scorm12" ? touchInput() : keyboardInput(page));
    const answerScreen = (page: Page, sco: Frame) => answerVisibleQuestions(sco, key, inputOf(page));

    async function walkModule(page: Page, sco: Frame): Promise<void> {
      for (let screens = 0; screens < 100; screens += 1) {
        await answerScreen(page, sco);
        if (!(await nextScreen(sco))) return;
      }
      throw new Error("the module never ended");
    }

    async function takeAssessment(page: Page, sco: Frame, correct: boolean): Promise<void> {
      await sco.getByRole("button", { name: "Start the assessment" }).click();
      await expect(sco.getByRole("main").getByRole("region").first()).toBeVisible();
      const drawn = course.assessment.perModule * course.modules.length;
      expect(await answerVisibleQuestions(sco, key, inputOf(page), { submitEach: false, correct })).toBe(
        drawn,
      );
      await sco.getByRole("button", { name: "Submit my answers" }).click();
    }

    test("completing every lesson of a module → completed", async ({ page }) => {
      const lms = await start(page, `${course.id}--${course.modules[0]?.id}`);
      await walkModule(page, await lms.sco());
      const state = await lms.leave();
      expectMoodleClean(state);
      // The sample's modules are scored: completion comes with the module's score and, judged against
      // the pass mark, a verdict (Moodle 1.2 would apply the mastery score to the raw anyway).
      const statuses = state.sets.filter(([element]) => element === el.status).map(([, value]) => value);
      expect(["completed", "passed"]).toContain(statuses.at(-1));
      expect(state.stored?.[el.exit]).toBe(el.normalExit);
      expect(Number(state.stored?.[el.raw])).toBeGreaterThanOrEqual(60);
      if (version === "scorm12") expect(["completed", "passed"]).toContain(state.stored?.[el.status]);
      else expect(state.stored?.[el.status]).toBe("completed");
    });

    for (const [correct, verdict, raw] of [
      [true, "passed", "100"],
      [false, "failed", "0"],
    ] as const) {
      test(`an assessment answered ${correct ? "right" : "wrong"} → ${verdict} with raw ${raw}`, async ({
        page,
      }) => {
        const lms = await start(page, `${course.id}--assessment`);
        const sco = await lms.sco();
        await takeAssessment(page, sco, correct);
        await expect(sco.getByRole("heading", { name: `Your score: ${raw}%` })).toBeVisible();
        const state = await lms.leave();
        expectMoodleClean(state);
        expect(state.stored?.[el.success]).toBe(verdict);
        expect(state.stored?.[el.raw]).toBe(raw);
      });
    }

    test("leaving half-way and relaunching → same screen and answers", async ({ page }) => {
      const name = `${course.id}--${course.modules[0]?.id}`;
      const first = await start(page, name);
      const sco = await first.sco();
      for (let screen = 1; screen < 4; screen += 1) await nextScreen(sco);
      await expect(sco.getByText("Screen 4 of 4")).toBeVisible();
      expect(await answerScreen(page, sco)).toBeGreaterThan(0);
      const checked = await sco.getByRole("radio", { checked: true }).allInnerTexts();
      const stored = (await first.leave()).stored ?? {};
      expect(stored[el.exit]).toBe("suspend");
      const second = await start(page, name, relaunch(version, stored));
      const again = await second.sco();
      await expect(again.getByText("Screen 4 of 4")).toBeVisible();
      expect(await again.getByRole("radio", { checked: true }).count()).toBeGreaterThan(0);
      expect(await again.getByRole("radio", { checked: true }).allInnerTexts()).toEqual(checked);
    });

    test("revisiting after passing → still passed", async ({ page }) => {
      const name = `${course.id}--assessment`;
      const first = await start(page, name);
      await takeAssessment(page, await first.sco(), true);
      const stored = (await first.leave()).stored ?? {};
      expect(stored[el.success]).toBe("passed");
      const second = await start(page, name, relaunch(version, stored));
      await expect((await second.sco()).getByRole("main")).toBeVisible();
      const state = await second.leave();
      expectMoodleClean(state);
      expect(state.stored?.[el.success]).toBe("passed");
      expect(state.stored?.[el.raw]).toBe("100");
    });

    test("every interaction of every lesson lands in cmi.interactions with its CMI type and pattern", async ({
      page,
    }) => {
      for (const module of course.modules) {
        const lms = await start(page, `${course.id}--${module.id}`);
        const sco = await lms.sco();
        for (let screens = 0; screens < 100; screens += 1) {
          await answerAnything(sco);
          if (!(await nextScreen(sco))) break;
        }
        const state = await lms.leave();
        expectMoodleClean(state);
        const stored = state.stored ?? {};
        const journal = new Map<string, number>();
        for (const [element, value] of Object.entries(stored)) {
          const index = /^cmi\.interactions\.(\d+)\.id$/.exec(element)?.[1];
          if (index !== undefined) journal.set(value, Number(index));
        }
        for (const [id, interaction] of interactionsIn(module.lessons)) {
          const index = journal.get(id);
          expect(index, `${id} (${interaction.type}) is journaled`).toBeDefined();
          expect(stored[`cmi.interactions.${index}.type`], id).toBe(CMI_TYPE[interaction.type]?.[version]);
          const pattern = stored[`cmi.interactions.${index}.correct_responses.0.pattern`];
          if (UNSCORED.has(interaction.type)) expect(pattern, id).toBeUndefined();
          else expect(pattern, id).toBeTruthy();
        }
      }
    });

    test("an LMS whose commit fails twice → nothing lost, the learner is told", async ({ page }) => {
      const lms = await start(page, `${course.id}--${course.modules[0]?.id}`, undefined, 2);
      const sco = await lms.sco();
      for (let screen = 1; screen < 4; screen += 1) await nextScreen(sco);
      await answerScreen(page, sco);
      await expect(sco.getByRole("main").getByText("Your progress is saved again.")).toBeVisible({
        timeout: 10_000,
      });
      const state = await lms.state();
      const answered = Object.entries(state.stored ?? {}).filter(([element]) =>
        /^cmi\.interactions\.\d+\.id$/.test(element),
      );
      expect(answered.length).toBeGreaterThan(0);
      expect(state.calls.filter((call) => /Commit$/.test(call)).length).toBeGreaterThanOrEqual(3);
      expectMoodleClean(state);
    });
  });
}

test.describe("packages without an LMS or with a damaged record", () => {
  let site: LmsSite;
  let name: string;
  let manifest: string;
  test.beforeAll(async () => {
    site = await startLmsSite();
    const installed = await installCourse(site, "scorm12", TARGETS.scorm12);
    name = `${installed.course.id}--${installed.course.modules[0]?.id}`;
    manifest = installed.manifests.get(name) ?? "";
  });
  test.afterAll(async () => site?.close());

  test("opened without an LMS, the player runs standalone and says progress stays on this device", async ({
    page,
  }) => {
    await page.goto(`${site.url}/packages/${name}/index.html`);
    await expect(page.getByRole("main").getByText("Progress saved on this device only.")).toBeVisible();
    await expect(page.getByText("Screen 1 of 4")).toBeVisible();
  });

  test("a damaged suspend_data: the player recovers, tells the learner and starts again", async ({
    page,
  }) => {
    const lms = await launch(page, site, {
      version: "scorm12",
      launchUrl: `packages/${name}/index.html`,
      initial: {
        ...firstAttempt("scorm12", manifest),
        "cmi.suspend_data": "c1|garbage!0",
        "cmi.core.entry": "resume",
      },
      failCommits: 0,
    });
    const sco = await lms.sco();
    await expect(sco.getByRole("main").getByText(/saved progress could not be read/)).toBeVisible();
    await expect(sco.getByText("Screen 1 of 4")).toBeVisible();
    const state = await lms.leave();
    expect(moodleViolations("scorm12", state.sets)).toEqual([]);
    expect(state.stored?.["cmi.suspend_data"]).not.toBe("c1|garbage!0");
  });

  test("in review mode the learner browses and nothing is written to the LMS", async ({ page }) => {
    const lms = await launch(page, site, {
      version: "scorm12",
      launchUrl: `packages/${name}/index.html`,
      initial: {
        ...firstAttempt("scorm12", manifest),
        "cmi.core.lesson_mode": "review",
        "cmi.core.lesson_status": "completed",
      },
      failCommits: 0,
    });
    const sco = await lms.sco();
    await expect(sco.getByText("Screen 1 of 4")).toBeVisible();
    await sco.getByRole("contentinfo").getByRole("button", { name: "Next" }).click();
    const state = await lms.leave();
    expect(state.sets).toEqual([]);
    expect(state.stored?.["cmi.core.lesson_status"]).toBe("completed");
  });
});
