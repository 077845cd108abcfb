/** The web edition's packages page (for platform admins) offers the xAPI and cmi5 packages built in the same run. */
import { expect, test } from "@playwright/test";
import { readZip } from "../../../exporters/zip.ts";
import { servedSite } from "../site/site-build.ts";

const server = servedSite("course-src/sample", "xapi,cmi5,site");

test("the packages page links every xapi and cmi5 package, labelled, and each downloads", async ({
  page,
}) => {
  await page.goto(`${server.url}/sample/packages/`);
  for (const [target, label, structure] of [
    ["xapi", /xAPI \/ TinCan/, "tincan.xml"],
    ["cmi5", /cmi5/, "cmi5.xml"],
  ] as const) {
    const format = page.getByRole("region", { name: label });
    const rows = format.getByRole("row").filter({ has: page.getByRole("link") });
    await expect(rows).toHaveCount(3); // two modules and the assessment
    const href = await rows.first().getByRole("link").getAttribute("href");
    expect(href).toContain(`${target}/`);
    const response = await page.request.get(new URL(href ?? "", page.url()).href);
    expect(response.status()).toBe(200);
    expect([...readZip(new Uint8Array(await response.body())).keys()]).toContain(structure);
  }
});
