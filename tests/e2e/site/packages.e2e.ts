/**
 * The packages are for platform admins: the course page (for learners) lists none and links their
 * page from its footer, which offers every package built in the run, named, with its file and size.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { formatBytes, targetLabel } from "../../../site/lib/downloads.ts";
import { siteMessagesFor } from "../../../site/lib/site-messages.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";
import { buildSite } from "./site-build.ts";

const PACKAGE_TARGETS = ["scorm12", "scorm2004", "xapi", "cmi5", "moodle-xml"];
const en = siteMessagesFor("en");

interface Artefact {
  target: string;
  course: string;
  path: string;
  bytes: number;
}
let server: StaticServer;
let packages: Artefact[];
test.beforeAll(async () => {
  test.setTimeout(0); // a build takes what it takes on a busy machine; no test times it
  const siteDir = await buildSite("course-src/sample", "all");
  const report = JSON.parse(await readFile(path.join(siteDir, "..", "build-report.json"), "utf8"));
  packages = (report.artefacts as Artefact[]).filter(
    (artefact) => artefact.course === "sample" && PACKAGE_TARGETS.includes(artefact.target),
  );
  server = await serveStatic(siteDir);
});
test.afterAll(async () => server?.close());

test("the course page lists no package and links the packages page from its footer", async ({ page }) => {
  await page.goto(`${server.url}/sample/`);
  await expect(page.locator('a[href*="/downloads/"]')).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("table")).toHaveCount(0);
  await page.getByRole("contentinfo").getByRole("link", { name: en.packagesLink }).click();
  await expect(page).toHaveURL(`${server.url}/sample/packages/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.downloadHeading);
  await expect(page.getByText(en.packagesChoice)).toBeVisible();
});

test("the packages page offers every package of the build, by format, with its file name and size", async ({
  page,
}) => {
  expect(new Set(packages.map((artefact) => artefact.target))).toEqual(new Set(PACKAGE_TARGETS));
  await page.goto(`${server.url}/sample/packages/`);
  const links = page.getByRole("main").getByRole("link");
  await expect(links).toHaveCount(packages.length);
  for (const artefact of packages) {
    const fileName = path.basename(artefact.path);
    const row = page.locator("tr", { has: page.locator(`a[href="/downloads/${artefact.path}"]`) });
    await expect(row, artefact.path).toHaveCount(1);
    await expect(row.locator(".file-name")).toHaveText(fileName);
    await expect(row.locator("td.size")).toHaveText(formatBytes(artefact.bytes, en));
    const format = page.getByRole("region").filter({ has: row });
    await expect(format.getByRole("heading", { level: 2 })).toHaveText(targetLabel(artefact.target, en));
  }
  // Named by what they hold, in the order an admin adds them.
  await expect(page.getByRole("region", { name: en.targetScorm12 }).getByRole("link")).toHaveText([
    "Module 1: Getting started",
    "Module 2: Taking orders",
    en.finalAssessment,
  ]);
  await expect(page.getByRole("region", { name: en.targetMoodleXml }).getByRole("link")).toHaveText([
    en.wholeCourse,
  ]);
  const first = packages[0];
  const response = await page.request.get(`${server.url}/downloads/${first?.path}`);
  expect(response.status()).toBe(200);
  expect((await response.body()).byteLength).toBe(first?.bytes);
});

for (const width of [360, 1280]) {
  for (const pathname of ["/sample/packages/", "/sample_ar/packages/"]) {
    test(`${pathname} at ${width} px: axe finds nothing, nothing is off screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.url}${pathname}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
