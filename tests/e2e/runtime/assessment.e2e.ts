import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { en } from "../../../engine/runtime/messages/en.ts";
import type { PlayerScope } from "../../../engine/runtime/scope.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const ASSESSMENT: PlayerScope = { kind: "assessment" };
const COURSE: PlayerScope = { kind: "course" };
let site: PlayerSite;

test.beforeAll(async () => {
  site = await buildPlayerSite([ASSESSMENT, COURSE]);
});
test.afterAll(async () => {
  await site.close();
});

test("final assessment: start, answer, submit together, see the score, the lesson to review, retry and pass", async ({
  page,
}) => {
  await page.goto(site.urlOf(ASSESSMENT));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.assessment);
  await expect(page.getByText(en.assessmentIntro(50))).toBeVisible();
  // An assessment of its own has nowhere to go back or on to: no dead Previous/Next buttons.
  await expect(page.getByRole("button", { name: en.previous })).toHaveCount(0);
  await expect(page.getByRole("button", { name: en.next })).toHaveCount(0);
  // Nor a lessons menu with no lessons in it: the bar opens "About this course" itself.
  await expect(page.getByRole("button", { name: en.courseMenu })).toHaveCount(0);
  await page.getByRole("button", { name: en.credits }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.credits);
  await page.getByRole("button", { name: en.creditsBack }).click();
  await page.getByRole("button", { name: en.startAssessment }).click();

  const price = page.locator("section", { hasText: "Which price loses money?" });
  const pin = page.locator("section", { hasText: "share your MoMo PIN" });
  await price.getByRole("radio", { name: "GH₵ 12.50" }).check();
  await pin.getByRole("radio", { name: "True" }).check();
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: en.submitAssessment }).click();

  await expect(page.getByRole("heading", { name: en.assessmentScore(0) })).toBeFocused();
  await expect(page.getByRole("main").getByText(en.assessmentFailed(50))).toBeVisible();
  await expect(page.getByTestId("live-region")).toHaveText(
    `${en.assessmentScore(0)} ${en.assessmentFailed(50)}`,
  );
  await expect(page.getByText(`${en.reviewLesson}: A quick check`)).toBeVisible();
  await expect(page.getByText(`${en.reviewLesson}: Every block`)).toBeVisible();
  // Every screen of this scope is done, but a failed assessment is not a finished course.
  await expect(page.getByText(en.courseComplete)).toHaveCount(0);
  await expect(price.getByRole("radio", { name: "GH₵ 12.50" })).toBeDisabled();
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: en.assessmentRetry }).click();
  await page
    .locator("section", { hasText: "Which price loses money?" })
    .getByRole("radio", { name: "GH₵ 8" })
    .check();
  await page
    .locator("section", { hasText: "share your MoMo PIN" })
    .getByRole("radio", { name: "False" })
    .check();
  await page.getByRole("button", { name: en.submitAssessment }).click();
  await expect(page.getByRole("heading", { name: en.assessmentScore(100) })).toBeVisible();
  await expect(page.getByRole("main").getByText(en.assessmentPassed)).toBeVisible();
  await expect(page.getByText(en.courseComplete)).toBeVisible();
  await expect(page.getByRole("button", { name: en.assessmentRetry })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("heading", { name: en.assessmentScore(100) })).toBeVisible();
});

test("in the course, a failed item's lesson to review is a link that opens that lesson", async ({ page }) => {
  await page.goto(site.urlOf(COURSE));
  // The required question of "A quick check" gates the way to the assessment, the last step.
  await page.getByRole("link", { name: "the next lesson" }).click();
  await page.getByRole("radio", { name: "GH₵ 12.50" }).check();
  await page.getByRole("button", { name: en.submit }).click();
  await page.getByRole("button", { name: en.courseMenu }).click();
  await page.getByRole("button", { name: /Image options/ }).click();
  await page.getByRole("button", { name: en.next }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.assessment);
  await page.getByRole("button", { name: en.startAssessment }).click();
  await page
    .locator("section", { hasText: "Which price loses money?" })
    .getByRole("radio", { name: "GH₵ 12.50" })
    .check();
  await page
    .locator("section", { hasText: "share your MoMo PIN" })
    .getByRole("radio", { name: "True" })
    .check();
  await page.getByRole("button", { name: en.submitAssessment }).click();
  await expect(page.getByRole("main").getByText(en.assessmentFailed(50))).toBeVisible();
  await expect(page.getByText(en.courseComplete)).toHaveCount(0);
  const review = page.getByRole("link", { name: `${en.reviewLesson}: A quick check` });
  await expect(review).toHaveAttribute("href", "#basics.check");
  await expect(page.getByRole("button", { name: new RegExp(en.reviewLesson) })).toHaveCount(0);
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
  await review.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A quick check");
});
