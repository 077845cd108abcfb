/** The runtime test course's example pages on one site, opened the way the view tests need them. */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Interaction } from "../../../../engine/interactions/registry.ts";
import { type ExamplePage, examplePages, viewCasePages } from "./example-pages.ts";
import { buildPlayerSite, type PlayerSite } from "./player-site.ts";
import { buildTestCourse } from "./test-course.ts";

/** WCAG 2.0–2.2, levels A and AA. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolation(page: Page): Promise<void> {
  expect((await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()).violations).toEqual([]);
}

type Of<Type extends Interaction["type"]> = Extract<Interaction, { type: Type }>;

export interface ExampleSite {
  close(): Promise<void>;
  /** Opens the example of a type (or a view case by its lesson id); its section and interaction. */
  open<Type extends Interaction["type"]>(
    page: Page,
    type: Type | `views.${string}`,
  ): Promise<{ section: ReturnType<Page["locator"]>; interaction: Of<Type> }>;
}

/** Every type's example and every view case (image options…), served as a package would ship them. */
export async function buildExampleSite(): Promise<ExampleSite> {
  const course = await buildTestCourse();
  const pages: ExamplePage[] = [...examplePages(course), ...viewCasePages(course)];
  const site: PlayerSite = await buildPlayerSite(
    pages.map((page) => page.scope),
    { course },
  );
  return {
    close: () => site.close(),
    async open(page, type) {
      const example = pages.find((candidate) => candidate.type === type);
      if (!example) throw new Error(`no example page for ${type}`);
      await page.goto(site.urlOf(example.scope));
      const section = page.locator(`[data-interaction="${example.interaction.id}"]`);
      await expect(section).toBeVisible();
      return { section, interaction: example.interaction as never };
    },
  };
}
