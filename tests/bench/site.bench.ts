/**
 * Web edition benchmark: Lighthouse (mobile settings, the machine's Chromium) on the home, a course
 * page, its first lesson and a lesson with a photo, and the author preview's time from saving a
 * lesson to the reloaded page. Targets (issue 11): lesson pages' performance ≥ 98, every other
 * score 100; reload ≤ 500 ms (issue 14).
 */
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { startPreview } from "../../cli/dev.ts";
import { buildSite } from "../e2e/site/site-build.ts";
import { CHROMIUM_PATH, chromiumLaunchOptions } from "../e2e/support/browser.ts";
import { serveStatic } from "../e2e/support/static-server.ts";

const COURSE_DIR = process.env.BENCH_COURSE ?? "course-src/selling-online";
/** A course with photos (the Ghana course draws its pictures as SVG): its first lesson showing one is measured too. */
const PHOTO_COURSE_DIR = process.env.BENCH_PHOTO_COURSE ?? "course-src/sample";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function courseIdOf(courseDir: string): Promise<string> {
  return /^id:\s*(\S+)/m.exec(await readFile(path.join(courseDir, "course.md"), "utf8"))?.[1] ?? "";
}

/** The course's first lesson, or with `photo` the first whose page shows a photo (an image with WebP variants). */
async function lessonPath(siteDir: string, courseId: string, options = { photo: false }): Promise<string> {
  const html = await readFile(path.join(siteDir, courseId, "index.html"), "utf8");
  const lessons = [...html.matchAll(new RegExp(`href="(/${courseId}/[^"/]+/[^"/]+/)"`, "g"))].flatMap(
    (match) => (match[1] ? [match[1]] : []),
  );
  for (const lesson of new Set(lessons)) {
    if (!options.photo) return lesson;
    const page = await readFile(path.join(siteDir, lesson, "index.html"), "utf8");
    if (/<img[^>]+srcset=/.test(page)) return lesson;
  }
  throw new Error(`no lesson${options.photo ? " with a photo" : ""} linked from ${courseId}'s course page`);
}

export async function lighthouseScores(urls: Record<string, string>): Promise<void> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...(chromiumLaunchOptions().args ?? [])],
  });
  try {
    for (const [name, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const scores = CATEGORIES.map(
        (category) => `${category} ${Math.round((lhr.categories[category]?.score ?? 0) * 100)}`,
      );
      const bytes = Number(lhr.audits["total-byte-weight"]?.numericValue ?? 0);
      console.log(`${name.padEnd(8)} ${scores.join(" · ")} · total ${(bytes / 1024).toFixed(1)} KB (${url})`);
      const metrics = [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
      ];
      console.log(
        `         ${metrics.map((id) => `${id} ${lhr.audits[id]?.displayValue ?? "?"}`).join(" · ")}`,
      );
      // What costs points: every weighted audit below a full score, by category.
      for (const category of CATEGORIES) {
        const failing = (lhr.categories[category]?.auditRefs ?? []).filter(
          (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
        );
        if (failing.length > 0)
          console.log(`         ${category} loses on: ${failing.map((ref) => ref.id).join(", ")}`);
      }
    }
  } finally {
    chrome.kill();
  }
}

/** One save in the preview: until the reloaded page painted, and until the test saw the new text. */
interface ReloadTime {
  painted: number;
  seen: number;
}

/**
 * Save → reloaded page, for `saves` successive saves of a lesson open in the preview (ms each).
 * `painted` is the reloaded page's first contentful paint (the saved text is on the first screen,
 * rendered by the server, so that paint shows it); `seen` adds Playwright's polling of the page.
 */
export async function previewReloadTimes(courseDir: string, saves = 5): Promise<ReloadTime[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), "coursemark-preview-bench-"));
  const copy = path.join(scratch, path.basename(courseDir));
  await cp(courseDir, copy, { recursive: true });
  const preview = await startPreview([copy], 0);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const courseId = /^id:\s*(\S+)/m.exec(await readFile(path.join(copy, "course.md"), "utf8"))?.[1] ?? "";
    await page.goto(new URL(`/${courseId}/`, preview.url).href);
    const lessonHref = await page.locator(".lesson-list a").first().getAttribute("href");
    await page.goto(new URL(lessonHref ?? "/", preview.url).href);
    // The author is reading the lesson: the page has finished loading before the first save.
    await page.waitForLoadState("networkidle");
    const lessonFile = path.join(copy, (await firstLessonFile(copy)) ?? "");
    const original = await readFile(lessonFile, "utf8");
    const end = original.indexOf("\n---", 4) + "\n---".length;
    const times: ReloadTime[] = [];
    for (let save = 0; save < saves; save += 1) {
      const marker = `Bench marker ${save} ${Date.now()}`;
      const started = performance.now();
      const savedAt = Date.now();
      // On the first screen, the one the page shows.
      await writeFile(lessonFile, `${original.slice(0, end)}\n\n${marker}\n${original.slice(end)}`);
      await page.getByText(marker).waitFor({ timeout: 30_000 });
      const seen = performance.now() - started;
      await page.waitForLoadState("load");
      const paintedAt = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((entries) => {
              const paint = entries.getEntriesByName("first-contentful-paint")[0];
              if (paint) resolve(performance.timeOrigin + paint.startTime);
            }).observe({ type: "paint", buffered: true });
          }),
      );
      times.push({ painted: paintedAt - savedAt, seen });
      await page.waitForLoadState("networkidle");
      // The author reads the change before saving again (the dev server settles meanwhile).
      await delay(1_000);
    }
    return times;
  } finally {
    await browser.close();
    await preview.stop();
  }
}

async function firstLessonFile(courseDir: string): Promise<string | undefined> {
  const { readdir } = await import("node:fs/promises");
  const modules = (await readdir(courseDir)).filter((name) => /^\d+-/.test(name)).sort();
  const lessons = (await readdir(path.join(courseDir, modules[0] ?? "")))
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort();
  return modules[0] && lessons[0] ? `${modules[0]}/${lessons[0]}` : undefined;
}

export async function benchSite(): Promise<void> {
  console.log(`\nWeb edition: ${COURSE_DIR}`);
  const siteDir = await buildSite([COURSE_DIR, PHOTO_COURSE_DIR]);
  const courseId = await courseIdOf(COURSE_DIR);
  const server = await serveStatic(siteDir, 120_000, { gzip: true });
  try {
    await lighthouseScores({
      home: `${server.url}/`,
      course: `${server.url}/${courseId}/`,
      lesson: `${server.url}${await lessonPath(siteDir, courseId)}`,
      photo: `${server.url}${await lessonPath(siteDir, await courseIdOf(PHOTO_COURSE_DIR), { photo: true })}`,
    });
  } finally {
    await server.close();
  }
  const reloads = await previewReloadTimes(COURSE_DIR);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  for (const kind of ["painted", "seen"] as const) {
    const times = reloads.map((reload) => reload[kind]);
    console.log(
      `preview  save → reloaded page ${kind.padEnd(7)}: ${times.map((ms) => ms.toFixed(0)).join(", ")} ms, median ${median(times).toFixed(0)} ms${kind === "painted" ? " (target ≤ 500 ms)" : ""}`,
    );
  }
  await writeFile(path.join(tmpdir(), "coursemark-bench-site.done"), "");
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSite();
