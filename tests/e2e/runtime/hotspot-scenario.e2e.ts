/**
 * Hotspot and scenario views: regions that stay on the picture and give nothing away, a scenario
 * that names itself, shows its ending and records it without a Check button.
 */
import { expect, type Locator, test } from "@playwright/test";
import { en } from "../../../engine/runtime/messages/en.ts";
import { answerWrongly } from "./support/answer.ts";
import { buildExampleSite, type ExampleSite, expectNoAxeViolation } from "./support/example-site.ts";
import { keyboardInput, touchInput } from "./support/input.ts";

let site: ExampleSite;
// Touch and keyboard both work everywhere; each test uses one or the other.
test.use({ hasTouch: true });
test.beforeAll(async () => {
  site = await buildExampleSite();
});
test.afterAll(async () => {
  await site.close();
});

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
      const { section, interaction } = await site.open(page, "hotspot");
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
  const { section, interaction } = await site.open(page, "hotspot");
  await answerWrongly(section, interaction, touchInput());
  await section.getByRole("button", { name: en.showAnswer }).click();
  const rows = section.locator(".cm-rows > li");
  const marks = [
    ["1 Cover photo", en.yourAnswer, en.incorrect],
    ["2 Pinned post", en.correctAnswerIs],
    ["3 Older posts", en.yourAnswer, en.incorrect],
  ];
  await expect(rows).toHaveCount(marks.length);
  for (const [index, texts] of marks.entries()) {
    for (const text of texts) await expect(rows.nth(index)).toContainText(text);
  }
  await expect(rows.nth(1)).not.toContainText(en.yourAnswer);
  // Words first; an icon beside them (never read aloud) adds to the colour.
  const icons = await rows
    .locator(".cm-verdict")
    .evaluateAll((marks) => marks.map((mark) => getComputedStyle(mark, "::before").content));
  expect(icons).toEqual(['"✗ " / ""', '"→ " / ""', '"✗ " / ""']);
  await expect(section.getByRole("button", { name: "1 Cover photo" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectNoAxeViolation(page);
});

test("scenario: the region is named, an ending shows its story and outcome and is recorded without Check", async ({
  page,
}) => {
  const { section, interaction } = await site.open(page, "scenario");
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

test("scenario: with the answer shown, the best path's scenes are listed", async ({ page }) => {
  const { section, interaction } = await site.open(page, "scenario");
  await answerWrongly(section, interaction, touchInput());
  await section.getByRole("button", { name: en.showAnswer }).click();
  await expect(section.locator(".cm-model-answer li")).toHaveText(["An angry customer", "Listen", "Deliver"]);
});
