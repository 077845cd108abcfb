/**
 * A learner for the LMS fault journeys: works through a module or the assessment one step at a
 * time (whatever the screen asks for next), so a journey can interrupt between any two steps,
 * and counts every answer given, to compare with the answers the LMS stored at the end.
 */
import { expect, type Frame } from "@playwright/test";
import type { Interaction } from "../../../../engine/interactions/registry.ts";
import { en } from "../../../../engine/runtime/messages/en.ts";
import { touchInput } from "../../runtime/support/input.ts";
import { answerVisibleQuestions } from "../../support/answer-screen.ts";

const NEXT = new RegExp(`^(${en.next}|${en.nextLesson}|Finish)$`);
const PREVIOUS = new RegExp(`^${en.previous}$`);

export interface FaultLearner {
  /** Answers submitted so far (each one a cmi.interactions entry to be). */
  readonly given: number;
  /** Takes the next step; false once there is nothing left to do. */
  step(sco: Frame): Promise<boolean>;
  /** Takes steps until the part is done. */
  finish(sco: Frame): Promise<void>;
  /** Goes back to a module's first screen (nothing to do in the assessment). */
  restart(sco: Frame): Promise<void>;
}

export function faultLearner(
  key: ReadonlyMap<string, Interaction>,
  part: "module" | "assessment",
): FaultLearner {
  let given = 0;
  const input = touchInput();

  async function moduleStep(sco: Frame): Promise<boolean> {
    given += await answerVisibleQuestions(sco, key, input);
    const next = sco.getByRole("contentinfo").getByRole("button", { name: NEXT });
    if ((await next.count()) === 0 || !(await next.first().isEnabled())) return false;
    await next.first().click();
    return true;
  }

  async function assessmentStep(sco: Frame): Promise<boolean> {
    const start = sco.getByRole("button", { name: en.startAssessment });
    const submit = sco.getByRole("button", { name: en.submitAssessment });
    await expect(
      start
        .or(submit)
        .or(sco.getByRole("heading", { name: /^Your score/ }))
        .first(),
    ).toBeVisible();
    if (await start.isVisible()) {
      await start.click();
      await expect(submit).toBeVisible();
      return true;
    }
    if (!(await submit.isVisible())) return false;
    const answered = await answerVisibleQuestions(sco, key, input, { submitEach: false });
    await submit.click();
    await expect(sco.getByRole("heading", { name: /^Your score/ })).toBeVisible();
    given += answered;
    return false;
  }

  async function step(sco: Frame): Promise<boolean> {
    await expect(sco.getByRole("main")).toBeVisible();
    return part === "assessment" ? assessmentStep(sco) : moduleStep(sco);
  }

  return {
    get given() {
      return given;
    },
    step,
    async restart(sco) {
      await expect(sco.getByRole("main")).toBeVisible();
      const previous = sco.getByRole("contentinfo").getByRole("button", { name: PREVIOUS });
      for (let steps = 0; part === "module" && steps < 50; steps += 1) {
        if (
          (await previous.count()) === 0 ||
          (await previous.first().getAttribute("aria-disabled")) === "true"
        )
          return;
        await previous.first().click();
      }
    },
    async finish(sco) {
      for (let steps = 0; steps < 50; steps += 1) if (!(await step(sco))) return;
      throw new Error("the part never ended");
    },
  };
}

/** The answers an LMS stored: complete cmi.interactions entries (an id and a result). */
export function storedAnswers(stored: Record<string, string> | undefined): string[] {
  const values = stored ?? {};
  const ids: string[] = [];
  for (let n = 0; values[`cmi.interactions.${n}.id`] !== undefined; n += 1)
    if (values[`cmi.interactions.${n}.result`] !== undefined)
      ids.push(values[`cmi.interactions.${n}.id`] ?? "");
  return ids;
}

/** One line per journey for the closing note: answers given, stored by the LMS, lost. */
export function reportCounts(journey: string, given: number, stored: number): void {
  console.log(
    `[lms-faults] ${journey}: given ${given}, stored ${stored}, lost ${Math.max(0, given - stored)}`,
  );
}
