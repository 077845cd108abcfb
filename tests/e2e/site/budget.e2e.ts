import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { serveStatic } from "../support/static-server.ts";
import { buildSite } from "./site-build.ts";

/** Issue budget: a lesson page under 60 KB gzip before images (HTML, CSS, JavaScript and the rest). */
const LESSON_PAGE_BUDGET = 60 * 1024;

let siteDir: string;
test.beforeAll(async () => {
  test.setTimeout(0);
  // Built from a shell that says NODE_ENV=development: the learners' edition all the same.
  siteDir = await buildSite("course-src/selling-online", "model,site", { NODE_ENV: "development" });
});

test("a lesson page stays under 60 KB gzip before images", async ({ page }) => {
  const scripts = await readdir(path.join(siteDir, "_astro"));
  for (const script of scripts) {
    const code = await readFile(path.join(siteDir, "_astro", script), "utf8");
    expect(/installPreviewLms|LMSSetValue|Scorm12API/.test(code), `${script} carries the preview LMS`).toBe(
      false,
    );
  }
  const server = await serveStatic(siteDir);
  try {
    const bodies: Array<{ url: string; bytes: number }> = [];
    page.on("response", async (response) => {
      const type = response.request().resourceType();
      if (type === "image" || type === "media" || type === "font") return;
      const body = await response.body().catch(() => undefined);
      if (body) bodies.push({ url: response.url(), bytes: gzipSync(body, { level: 9 }).byteLength });
    });
    const response = await page.goto(`${server.url}/selling_online/why_go_online/where_customers_are/`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    const total = bodies.reduce((sum, body) => sum + body.bytes, 0);
    console.log(`lesson page: ${(total / 1024).toFixed(1)} KB gzip before images (${bodies.length} files)`);
    expect(bodies.some((body) => body.url.endsWith(".js"))).toBe(true);
    expect(total).toBeLessThan(LESSON_PAGE_BUDGET);
  } finally {
    await server.close();
  }
});

test("a lesson page does not grow with the course: it names no other module's lesson pages", async () => {
  const model = JSON.parse(
    await readFile(path.join(siteDir, "..", "model", "selling_online.json"), "utf8"),
  ) as { modules: Array<{ id: string; lessons: Array<{ id: string }> }> };
  const [first, second, ...others] = model.modules;
  const html = await readFile(
    path.join(siteDir, "selling_online/why_go_online/where_customers_are/index.html"),
    "utf8",
  );
  expect(first?.id).toBe("why_go_online");
  // Its Next may lead to the next module's first lesson; nothing further.
  const farLessons = [...(second?.lessons.slice(1) ?? []), ...others.flatMap((module) => module.lessons)];
  expect(farLessons.length).toBeGreaterThan(20);
  for (const lesson of farLessons) {
    const [moduleId, local] = lesson.id.split(".");
    expect(html, lesson.id).not.toContain(`/selling_online/${moduleId}/${local}/`);
  }
});
