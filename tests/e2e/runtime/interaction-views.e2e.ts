/**
 * What the interaction views look like and say around checking: hotspot regions on the picture,
 * a scenario that records its ending, each part marked after checking, the explanation announced,
 * sequencing positions, image options named by their alt text.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import type { Interaction } from "../../../engine/interactions/registry.ts";
import { en } from "../../../engine/runtime/messages/en.ts";
import { answerRightly, answerWrongly, giveWrongAnswer } from "./support/answer.ts";
import { type ExamplePage, examplePages, viewCasePages } from "./support/example-pages.ts";
import { keyboardInput, touchInput } from "./support/input.ts";
import { buildPlayerSite, type PlayerSite } from "./support/player-site.ts";
import { buildTestCourse } from "./support/test-course.ts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const course = await buildTestCourse();
const pages: ExamplePage[] = [...examplePages(course), ...viewCasePages(course)];
let site: PlayerSite;
// Touch and keyboard both work everywhere; tests use one or the other.
test.use({ hasTouch: true });

test.beforeAll(async () => {
  site = await buildPlayerSite(
    pages.map((page) => page.scope),
    { course },
  );
});
test.afterAll(async () => {
  await site.close();
});

type Of<Type extends Interaction["type"]> = Extract<Interaction, { type: Type }>;

/** Opens an example page; returns its interaction's section and model. */
async function open<Type extends Interaction["type"]>(page: Page, type: Type) {
  const example = pages.find((candidate) => candidate.interaction.type === type);
  if (!example) throw new Error(`no ${type} example`);
  await page.goto(site.urlOf(example.scope));
  const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
  await expect(section).toBeVisible();
  return { section, interaction: example.interaction as Of<Type> };
}

async function expectNoAxeViolation(page: Page) {
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
}

type Box = { x: number; y: number; width: number; height: number };
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/**
 * The texts drawn on the picture: every text node under the hotspot frame that takes up space and
 * is not inside a box of 1 px or less (the visually hidden text that only screen readers get).
 */
async function textsOnPicture(section: Locator): Promise<string[]> {
  return section.locator(".cm-hotspot").evaluate((frame) => {
    const clipped = (element: Element | null): boolean => {
      for (let at = element; at && at !== frame; at = at.parentElement) {
        const box = at.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    const texts: string[] = [];
    const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? "").trim();
      if (text !== "" && !clipped(node.parentElement)) texts.push(text);
    }
    return texts;
  });
}

for (const width of [360, 1280]) {
  test.describe(`hotspot at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    test("every region lies on the image, shows a number only, and is named by number and label", async ({
      page,
    }) => {
      const { section, interaction } = await open(page, "hotspot");
      const image = section.locator(".cm-hotspot img");
      await expect(image).toHaveJSProperty("complete", true);
      const imageBox = await image.boundingBox();
      if (!imageBox) throw new Error("the hotspot image has no box");
      const frameBox = await section.locator(".cm-hotspot").boundingBox();
      expect(
        frameBox && inside(frameBox, imageBox) && inside(imageBox, frameBox),
        "the frame is the image's box",
      ).toBe(true);
      const regions = section.locator(".cm-hotspot-region");
      await expect(regions).toHaveCount(interaction.regions.length);
      for (const region of await regions.all()) {
        const box = await region.boundingBox();
        expect(box && inside(box, imageBox), `${await region.textContent()} inside the image`).toBe(true);
      }
      // Regions are numbered in reading order (top to bottom): 1 Cover photo, 2 Pinned post, 3 Older posts.
      expect(await textsOnPicture(section)).toEqual(["1", "2", "3"]);
      for (const [index, name] of ["1 Cover photo", "2 Pinned post", "3 Older posts"].entries())
        await expect(regions.nth(index)).toHaveAccessibleName(name);
      await expectNoAxeViolation(page);
    });
  });
}

test("hotspot: once the answer is shown, a list gives each number its label, the learner's choice and the right one", async ({
  page,
}) => {
  const { section, interaction } = await open(page, "hotspot");
  await answerWrongly(section, interaction, touchInput());
  await section.getByRole("button", { name: en.showAnswer }).click();
  const rows = section.locator(".cm-rows > li");
  const marks = [
    ["1 Cover photo", en.yourAnswer, `✗ ${en.incorrect}`],
    ["2 Pinned post", `→ ${en.correctAnswerIs}`],
    ["3 Older posts", en.yourAnswer, `✗ ${en.incorrect}`],
  ];
  await expect(rows).toHaveCount(marks.length);
  for (const [index, texts] of marks.entries()) {
    for (const text of texts) await expect(rows.nth(index)).toContainText(text);
  }
  await expect(rows.nth(1)).not.toContainText(en.yourAnswer);
  await expect(section.getByRole("button", { name: "1 Cover photo" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoAxeViolation(page);
});

test("scenario: the region is named, an ending shows its story and outcome and is recorded without Check", async ({
  page,
}) => {
  const { section, interaction } = await open(page, "scenario");
  await expect(page.getByRole("region", { name: en.scenario })).toBeVisible();
  await expect(section.getByRole("button", { name: en.submit })).toHaveCount(0);
  await answerWrongly(section, interaction, keyboardInput(page));
  await expect(section.getByRole("heading", { name: "Blame" })).toBeFocused();
  await expect(section).toContainText("She does not believe you and leaves a bad review on your Page.");
  const ending = section.getByText(`${en.scenarioOutcomePoor}: You lose her and maybe her friends.`);
  await expect(ending).toBeVisible();
  await expect(page.getByTestId("live-region")).toHaveText(`${en.incorrect}.`);
  await expectNoAxeViolation(page);
  // Recorded: the result is back after a reload.
  await page.reload();
  await expect(section.getByTestId("feedback")).toContainText(en.incorrect);
  await expect(ending).toBeVisible();
  // Trying again starts from the first scene, its title focused.
  await section.getByRole("button", { name: en.retry }).click();
  await expect(section.getByRole("heading", { name: "An angry customer" })).toBeFocused();
  await expect(section.getByRole("button", { name: "Say sorry and listen" })).toBeEnabled();
});

test("scenario: with the answer shown, the best path names the choice to take in each scene", async ({
  page,
}) => {
  const { section, interaction } = await open(page, "scenario");
  await answerWrongly(section, interaction, touchInput());
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.locator(".cm-model-answer li")).toHaveText([
    "An angry customer: Say sorry and listen",
    "Listen: Promise to deliver it yourself by 9 a.m.",
    `Deliver: ${en.scenarioOutcomeBest}`,
  ]);
});

test("single choice: the learner's option stays at full strength, marked, and its explanation is announced", async ({
  page,
}) => {
  const { section } = await open(page, "single-choice");
  const chosen = section.getByRole("radio", { name: "GH₵ 5" });
  await chosen.check();
  await section.getByRole("button", { name: en.submit }).click();
  await expect(page.getByTestId("live-region")).toHaveText(
    `${en.incorrect}. Too low: she loses money on every dress.`,
  );
  await expect(section.getByRole("button", { name: en.retry })).toBeFocused();
  // Locked, not disabled (no pale control); its marks describe it, its name stays its text.
  await expect(chosen).toBeChecked();
  await expect(chosen).not.toHaveAttribute("disabled");
  await expect(chosen).toBeDisabled();
  await expect(chosen).toHaveAccessibleDescription(`${en.yourAnswer} ${en.incorrect}`);
  await section.getByRole("radio", { name: "GH₵ 11" }).click({ force: true });
  await expect(chosen).toBeChecked();
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.getByRole("radio", { name: "GH₵ 12.50" })).toHaveAccessibleDescription(
    en.correctAnswerIs,
  );
  await expectNoAxeViolation(page);
});

test("fill-in: the explanation of an anticipated wrong answer is announced with the verdict", async ({
  page,
}) => {
  const { section } = await open(page, "fill-in");
  await section.getByRole("textbox").fill("calling");
  await section.getByRole("button", { name: en.submit }).click();
  await expect(page.getByTestId("live-region")).toHaveText(
    `${en.incorrect}. Calling is fine, but this customer sent a chat message.`,
  );
});

for (const type of ["matching", "categorise"] as const) {
  test(`${type}: after checking, each row shows the learner's choice as text, marked right or wrong`, async ({
    page,
  }) => {
    const { section, interaction } = await open(page, type);
    const rows = section.locator(".cm-rows > li");
    const count = await rows.count();
    await answerWrongly(section, interaction, touchInput());
    await expect(section.getByRole("combobox")).toHaveCount(0);
    await expect(rows.filter({ hasText: `${en.yourAnswer}:` })).toHaveCount(count);
    await expect(rows.filter({ hasText: `✗ ${en.incorrect}` })).toHaveCount(count);
    await expect(rows.filter({ hasText: `${en.correctAnswerIs}:` })).toHaveCount(0);
    await section.getByRole("button", { name: en.showAnswer }).click();
    await expect(rows.filter({ hasText: `${en.correctAnswerIs}:` })).toHaveCount(count);
    await expectNoAxeViolation(page);
  });

  test(`${type}: a right answer marks every row right`, async ({ page }) => {
    const { section, interaction } = await open(page, type);
    const rows = section.locator(".cm-rows > li");
    const count = await rows.count();
    await answerRightly(section, interaction, keyboardInput(page));
    await expect(rows.filter({ hasText: `✓ ${en.correct}` })).toHaveCount(count);
  });
}

test("sequencing: positions are shown and moves announced; once checked, each step is marked", async ({
  page,
}) => {
  const { section, interaction } = await open(page, "sequencing");
  const steps = section.locator("[data-step]");
  await expect(steps.locator(".cm-number")).toHaveText(["1", "2", "3", "4"]);
  const last = steps.last();
  const label = (await last.locator(".cm-row-label").textContent()) ?? "";
  await last.getByRole("button", { name: en.moveUpItem(label) }).click();
  await expect(page.getByTestId("live-region")).toHaveText(en.movedTo(label, 3, 4));
  await expect(steps.nth(2)).toContainText(label);
  await expect(steps.nth(2).locator(".cm-number")).toHaveText("3");
  await giveWrongAnswer(section, interaction, touchInput());
  await section.getByRole("button", { name: en.submit }).click();
  await expect(section.getByRole("button", { name: en.moveUp })).toHaveCount(0);
  await expect(steps.filter({ hasText: `✗ ${en.incorrect}` })).toHaveCount(interaction.steps.length);
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.locator(".cm-model-answer li")).toHaveText([
    "Dial the mobile money menu code",
    'Choose "Pay merchant"',
    "Enter Ama's merchant ID and GH₵ 45",
    "Confirm with your PIN",
  ]);
});

test.describe("sequencing at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  test("fits the screen: no sideways scroll, every move button whole and at least 44 px", async ({
    page,
  }) => {
    const { section } = await open(page, "sequencing");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const button of await section.locator("[data-step] button").all()) {
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320, "inside the screen").toBe(true);
      expect(box && box.width >= 44 && box.height >= 44, "44 px target").toBe(true);
    }
    await expectNoAxeViolation(page);
  });
});

test("image options are named by their alt text, before and after checking, never by a verdict", async ({
  page,
}) => {
  const example = pages.find((candidate) => candidate.type === "views.image_options");
  if (!example) throw new Error("no image options page");
  await page.goto(site.urlOf(example.scope));
  const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
  const dark = "A dark photo: the jar is hard to see";
  const bright = "A bright photo: the jar stands on a plain cloth in daylight";
  const radios = section.getByRole("radio");
  const expectNames = async () => {
    await expect(radios.nth(0)).toHaveAccessibleName(dark);
    await expect(radios.nth(1)).toHaveAccessibleName(bright);
  };
  await expectNames();
  await radios.nth(0).check();
  await section.getByRole("button", { name: en.submit }).click();
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expectNames();
  await expect(radios.nth(0)).toHaveAccessibleDescription(`${en.yourAnswer} ${en.incorrect}`);
  await expect(radios.nth(1)).toHaveAccessibleDescription(en.correctAnswerIs);
  await expectNoAxeViolation(page);
});
