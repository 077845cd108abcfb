/** What a learner does in a package page, and what is left on their device. */
import { expect, type Page } from "@playwright/test";
import type { CourseModel } from "../../../../engine/model/schema.ts";
import { keyboardInput } from "../../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../../support/answer-screen.ts";

const NEXT = /^(Next|Next lesson|Finish)$/;

/** Moves to the next screen; false at the end of the package. */
export async function nextScreen(page: Page): Promise<boolean> {
  const next = page.getByRole("contentinfo").getByRole("button", { name: NEXT });
  if ((await next.count()) === 0 || !(await next.first().isEnabled())) return false;
  await next.first().click();
  return true;
}

/**
 * Answers and moves on, screen by screen: to the end, or until `answers` questions have been
 * answered (then stops on the next screen). Returns how many were answered.
 */
export async function walkModule(
  page: Page,
  course: CourseModel,
  answers = Number.POSITIVE_INFINITY,
): Promise<number> {
  const key = interactionsById(course);
  let answered = 0;
  for (let screens = 0; screens < 100; screens += 1) {
    answered += await answerVisibleQuestions(page, key, keyboardInput(page));
    if (!(await nextScreen(page)) || answered >= answers) return answered;
  }
  throw new Error("the module never ended");
}

export async function takeAssessment(page: Page, course: CourseModel, correct: boolean): Promise<void> {
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("main").getByRole("region").first()).toBeVisible();
  await answerVisibleQuestions(page, interactionsById(course), keyboardInput(page), {
    submitEach: false,
    correct,
  });
  await page.getByRole("button", { name: "Submit my answers" }).click();
}

/** Ids of the statements still on the page's device (every outbox of the origin, and what was set aside). */
export function waitingOnDevice(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.endsWith(":outbox") || key.endsWith(":outbox:rejected"))
      .flatMap((key) =>
        (JSON.parse(localStorage.getItem(key) ?? "[]") as Array<{ id: string }>).map((s) => s.id),
      ),
  );
}

/**
 * A tab that will die the way a killed browser ends it: the package never hears pagehide or
 * visibilitychange (its listeners for them are dropped from the start), so when the test closes the
 * page nothing is sent or ended; what waits stays on the device. Call before the page loads.
 */
export async function willCloseAbruptly(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      if (type === "pagehide" || type === "visibilitychange") return;
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof add;
  });
}

/** Where the learner is: the lesson title and the screen count ("Screen 2 of 4"). */
export async function position(page: Page): Promise<string> {
  // The launch page shows its first screen (inert) until the live player replaces it with the
  // learner's own position: read the live player's.
  await expect(page.locator(".cm-first-screen")).toHaveCount(0);
  const title = page.locator(".cm-lesson-title");
  await expect(title).toBeVisible();
  const count = page.locator(".cm-screen-count");
  return `${await title.textContent()} | ${(await count.count()) > 0 ? await count.first().textContent() : ""}`;
}

/** The learner leaves the package page for another (pagehide: the session ends). */
export async function leave(page: Page, url: string): Promise<void> {
  await page.goto(url);
}
