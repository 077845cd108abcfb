/**
 * The home page of a web edition built from the Ghana course and the sample: it leads with the real
 * course (the sample is unlisted, yet opens at its address), names and links the licence, and every
 * page finds its favicon.
 */
import { expect, type Page, test } from "@playwright/test";
import { namedLicence } from "../../../site/lib/licences.ts";
import { GHANA_COURSE, SAMPLE_COURSE, servedSite } from "./site-build.ts";

const CC_BY_SA = {
  name: "Creative Commons Attribution-ShareAlike 4.0",
  url: "https://creativecommons.org/licenses/by-sa/4.0/",
};

const server = servedSite([GHANA_COURSE, SAMPLE_COURSE]);

test("the home page lists the Ghana course, not the unlisted sample, which still opens by its address", async ({
  page,
}) => {
  await page.goto(`${server.url}/`);
  await expect(page.locator("li.card h2")).toHaveText(["Selling Online: Grow Your Business"]);
  await expect(page.getByRole("link", { name: "Coursemark sample course" })).toHaveCount(0);
  expect((await page.goto(`${server.url}/sample/`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coursemark sample course");
});

test("the licence is named and links its deed: home card, course footer, credits", async ({ page }) => {
  expect(namedLicence("CC-BY-SA-4.0")).toEqual(CC_BY_SA);
  const licenceLink = (page: Page) => page.getByRole("link", { name: CC_BY_SA.name, exact: true });
  for (const pathname of ["/", "/selling_online/", "/selling_online/credits/"]) {
    await page.goto(`${server.url}${pathname}`);
    await expect(licenceLink(page).first(), pathname).toHaveAttribute("href", CC_BY_SA.url);
    await expect(page.getByText("CC-BY-SA-4.0"), pathname).toHaveCount(0);
  }
  await page.goto(`${server.url}/`);
  await expect(page.locator("li.card .meta")).toContainText(`licence ${CC_BY_SA.name}`);
});

test("no page asks for a favicon it cannot have: the layout's icon is served, nothing answers 404", async ({
  page,
}) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  for (const pathname of ["/", "/selling_online/", "/sample/credits/"]) {
    await page.goto(`${server.url}${pathname}`);
    await page.waitForLoadState("networkidle");
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(icon).toBe("/favicon.svg");
    const response = await page.request.get(new URL(icon ?? "", page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/svg+xml");
    expect(await response.text()).toContain("<svg");
  }
  expect(failed).toEqual([]);
});
