/**
 * The certificate of completion on the web edition: offered once the final assessment is passed on
 * the device, made with the name the learner types (never sent anywhere), printed alone.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import type { Interaction } from "../../../engine/interactions/registry.ts";
import { compileCourse } from "../../../engine/model/compile-course.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { readCourse } from "../../../engine/source/read-course.ts";
import { siteMessagesFor } from "../../../site/lib/site-messages.ts";
import { keyboardInput } from "../runtime/support/input.ts";
import { answerVisibleQuestions, interactionsById } from "../support/answer-screen.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";
import { buildSite, SAMPLE_COURSE } from "./site-build.ts";

const site = siteMessagesFor("en");
const NAME = "Ama Serwaa Mensah";
let server: StaticServer;
let questions: Map<string, Interaction>;
let passMark: number;
test.beforeAll(async () => {
  test.setTimeout(0); // a build takes what it takes on a busy machine; no test times it
  const { model } = compileCourse(await readCourse(SAMPLE_COURSE));
  if (!model) throw new Error("the sample course does not compile");
  questions = interactionsById(model);
  passMark = model.assessment.passMark;
  server = await serveStatic(await buildSite());
});
test.afterAll(async () => server?.close());

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test("before passing, the certificate page says what to do and the assessment page offers nothing", async ({
  page,
}) => {
  await page.goto(`${server.url}/sample/certificate/`);
  await expect(page.getByText(site.certificateNotPassed(passMark))).toBeVisible();
  await expect(page.getByRole("link", { name: site.takeAssessment })).toHaveAttribute(
    "href",
    "/sample/assessment/",
  );
  await expect(page.getByLabel(site.nameLabel)).toBeHidden();
  await expect(page.locator("[data-certificate]")).toBeHidden();
  await page.goto(`${server.url}/sample/assessment/`);
  await expect(page.getByRole("button", { name: en.startAssessment })).toBeVisible();
  await expect(page.getByRole("link", { name: site.getCertificate })).toBeHidden();
});

test("a learner passes the final assessment, gets a certificate in their name, and prints it alone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sent: string[] = [];
  page.on("request", (request) => sent.push(`${request.url()} ${request.postData() ?? ""}`));

  await page.goto(`${server.url}/sample/assessment/`);
  await page.getByRole("button", { name: en.startAssessment }).click();
  expect(
    await answerVisibleQuestions(page, questions, keyboardInput(page), { submitEach: false }),
  ).toBeGreaterThan(0);
  await page.getByRole("button", { name: en.submitAssessment }).click();
  await expect(page.getByText(`${en.assessmentScore(100)} ${en.assessmentPassed}`)).toBeVisible();
  // Offered as soon as the pass is saved, and again when the learner comes back.
  await expect(page.getByText(site.certificateOffer)).toBeVisible();
  await page.reload();
  await page.getByRole("link", { name: site.getCertificate }).click();
  await expect(page).toHaveURL(`${server.url}/sample/certificate/`);

  const name = page.getByLabel(site.nameLabel);
  await expect(page.getByText(site.nameStaysHere)).toBeVisible();
  await page.getByRole("button", { name: site.showCertificate }).click();
  await expect(page.getByRole("alert")).toHaveText(site.nameMissing);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toBeFocused();
  await name.fill(`  ${NAME} `);
  await name.press("Enter");

  const certificate = page.getByRole("article", { name: site.certificateOfCompletion });
  await expect(certificate).toBeFocused();
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: "long" }).format(new Date()),
  );
  for (const line of [
    NAME,
    "Coursemark sample course",
    site.passedWithScore(100, passMark),
    site.issuedOn(today),
  ])
    await expect(certificate.getByText(line, { exact: true })).toBeVisible();
  expect(sent.filter((request) => request.includes("Serwaa"))).toEqual([]);

  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  await page.emulateMedia({ media: "print" });
  await expect(certificate).toBeVisible();
  for (const other of [
    page.locator("header.site"),
    page.locator("footer.site"),
    page.getByRole("heading", { level: 1 }),
    name,
    page.getByRole("button", { name: site.printCertificate }),
  ])
    await expect(other).toBeHidden();
  // One A4 page in landscape: 297 × 210 mm, 841.9 × 595.3 points (Chromium rounds to whole pixels).
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  const [, width = "0", height = "0"] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect(Math.abs(Number(width) - 841.9)).toBeLessThan(2);
  expect(Math.abs(Number(height) - 595.3)).toBeLessThan(2);
});

for (const width of [360, 1280]) {
  test(`the certificate page before passing at ${width} px: axe finds nothing`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.url}/sample/certificate/`);
    await expectNoAxeViolations(page);
  });
}
