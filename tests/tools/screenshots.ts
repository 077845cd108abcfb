/**
 * Screenshots of every interaction example (and the failed final assessment) before and after
 * checking, at 360 and 1280 CSS px, for a reviewer to compare side by side:
 *
 *   npm run screenshots              writes screenshots/<case>-<width>-<n>-<state>.png + index.html
 *
 * The runtime test course (tests/e2e/runtime/support) is served as a package would ship it and
 * driven with Playwright on the machine's Chromium (tests/e2e/support/browser.ts). A scored example
 * is answered wrongly, then its answer shown; an unscored one is answered fully.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Locator, type Page } from "@playwright/test";
import { behaviourOf } from "../../engine/interactions/behaviours.ts";
import type { Interaction } from "../../engine/interactions/registry.ts";
import { en } from "../../engine/runtime/messages/en.ts";
import type { PlayerScope } from "../../engine/runtime/scope.ts";
import { giveRightAnswer, giveWrongAnswer } from "../e2e/runtime/support/answer.ts";
import { examplePages, viewCasePages } from "../e2e/runtime/support/example-pages.ts";
import { touchInput } from "../e2e/runtime/support/input.ts";
import { buildPlayerSite, type PlayerSite } from "../e2e/runtime/support/player-site.ts";
import { buildTestCourse } from "../e2e/runtime/support/test-course.ts";
import { interactionsById } from "../e2e/support/answer-screen.ts";
import { chromiumLaunchOptions } from "../e2e/support/browser.ts";

const OUT = fileURLToPath(new URL("../../screenshots/", import.meta.url));
const WIDTHS = [360, 1280] as const;
const ASSESSMENT: PlayerScope = { kind: "assessment" };

interface Case {
  name: string;
  scope: PlayerScope;
  /** Takes the screenshots of one width: `shot(state)` saves the page as it is now. */
  run(page: Page, shot: (state: string) => Promise<void>): Promise<void>;
}

const submitButton = (section: Locator) =>
  section.getByRole("button", { name: new RegExp(`^(${en.submit}|${en.save})$`) });

function interactionCase(name: string, scope: PlayerScope, interaction: Interaction): Case {
  const { scored } = behaviourOf(interaction).scoring;
  return {
    name,
    scope,
    async run(page, shot) {
      const section = page.locator(`[data-interaction="${interaction.id}"]`);
      await section.waitFor();
      await shot("before");
      await (scored ? giveWrongAnswer : giveRightAnswer)(section, interaction, touchInput());
      await shot("answered");
      // A scenario records its ending itself; every other type is checked with its button.
      if ((await submitButton(section).count()) > 0) await submitButton(section).tap();
      await section.getByTestId("feedback").waitFor();
      await shot("checked");
      const showAnswer = section.getByRole("button", { name: en.showAnswer });
      if ((await showAnswer.count()) === 0) return;
      await showAnswer.tap();
      await shot("answer-shown");
    },
  };
}

/** The final assessment answered wrongly: the score, each item's marks and the lessons to review. */
function failedAssessmentCase(key: ReadonlyMap<string, Interaction>): Case {
  return {
    name: "assessment-failed",
    scope: ASSESSMENT,
    async run(page, shot) {
      await page.getByRole("button", { name: en.startAssessment }).tap();
      await shot("before");
      for (const question of await page.locator("[data-interaction]").all()) {
        const interaction = key.get((await question.getAttribute("data-interaction")) ?? "");
        if (interaction) await giveWrongAnswer(question, interaction, touchInput());
      }
      await page.getByRole("button", { name: en.submitAssessment }).tap();
      // The result's heading (the review below it has a heading per question).
      await page.getByRole("heading", { level: 2, name: en.assessmentScore(0) }).waitFor();
      await shot("checked");
    },
  };
}

async function capture(browser: Browser, site: PlayerSite, item: Case, width: number): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 740 : 800 },
    hasTouch: true,
    isMobile: width < 600,
  });
  const page = await context.newPage();
  const files: string[] = [];
  try {
    await page.goto(site.urlOf(item.scope));
    await page.getByRole("heading", { level: 1 }).waitFor();
    await item.run(page, async (state) => {
      const file = `${item.name}-${width}-${files.length + 1}-${state}.png`;
      await page.screenshot({ path: path.join(OUT, file), fullPage: true, animations: "disabled" });
      files.push(file);
    });
  } finally {
    await context.close();
  }
  return files;
}

/** A page showing each case's screenshots in a row, 360 px above 1280 px. */
function indexPage(shots: ReadonlyArray<{ name: string; files: string[] }>): string {
  const rows = shots
    .map(
      ({ name, files }) =>
        `<h2>${name}</h2>\n<div class="row">${files
          .map((file) => `<figure><img src="${file}" alt=""><figcaption>${file}</figcaption></figure>`)
          .join("")}</div>`,
    )
    .join("\n");
  return `<!doctype html><meta charset="utf-8"><title>Coursemark interaction screenshots</title>
<style>body{font-family:system-ui;margin:1rem}.row{display:flex;gap:1rem;overflow-x:auto;align-items:flex-start}
figure{margin:0}img{border:1px solid #999;max-height:90vh}figcaption{font-size:.8rem}</style>
<h1>Interactions before and after checking</h1>\n${rows}\n`;
}

const course = await buildTestCourse();
const cases: Case[] = [
  ...[...examplePages(course), ...viewCasePages(course)].map((example) =>
    interactionCase(example.type, example.scope, example.interaction),
  ),
  failedAssessmentCase(interactionsById(course.model)),
];

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const site = await buildPlayerSite(
  cases.map((item) => item.scope),
  { course },
);
const browser = await chromium.launch(chromiumLaunchOptions());
const shots: Array<{ name: string; files: string[] }> = [];
try {
  for (const item of cases) {
    const files: string[] = [];
    for (const width of WIDTHS) files.push(...(await capture(browser, site, item, width)));
    shots.push({ name: item.name, files });
    process.stdout.write(`${item.name}: ${files.length} screenshots\n`);
  }
} finally {
  await browser.close();
  await site.close();
}
await writeFile(path.join(OUT, "index.html"), indexPage(shots));
process.stdout.write(`Wrote ${path.relative(process.cwd(), OUT)}/index.html\n`);
