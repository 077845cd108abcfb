/**
 * The served LMS: a temporary folder with the harness page (lms.html + lms.js with scorm-again) and
 * unpacked packages under packages/<name>/, on the project's self-stopping 127.0.0.1 server.
 */

import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Frame, Page } from "@playwright/test";
import { compileEditions } from "../../../../engine/i18n/editions.ts";
import { compileCourse } from "../../../../engine/model/compile-course.ts";
import type { CourseModel } from "../../../../engine/model/schema.ts";
import { readCourse } from "../../../../engine/source/read-course.ts";
import type { Target } from "../../../../exporters/target.ts";
import { readZip } from "../../../../exporters/zip.ts";
import { serveStatic } from "../../support/static-server.ts";
import type { HarnessConfig, HarnessState, ScormVersion } from "../harness/harness-types.ts";
import { bundleTestScript } from "./bundle.ts";

export interface LmsSite {
  url: string;
  install(name: string, zip: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export async function startLmsSite(): Promise<LmsSite> {
  const root = await mkdtemp(path.join(tmpdir(), "cm-lms-"));
  await copyFile(fileURLToPath(new URL("../harness/lms.html", import.meta.url)), path.join(root, "lms.html"));
  await writeFile(path.join(root, "lms.js"), await bundleTestScript("harness/lms-frame.ts"));
  const server = await serveStatic(root);
  return {
    url: server.url,
    async install(name, zip) {
      for (const [entry, bytes] of readZip(zip)) {
        const destination = path.join(root, "packages", name, ...entry.split("/"));
        await mkdir(path.dirname(destination), { recursive: true });
        await writeFile(destination, bytes);
      }
    },
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A learner's first launch: who they are and what the manifest told the LMS (mastery score / pass mark). */
export function firstAttempt(version: ScormVersion, manifest: string): Record<string, string> {
  if (version === "scorm12") {
    const mastery = /<adlcp:masteryscore>([^<]*)</.exec(manifest)?.[1];
    return {
      "cmi.core.student_id": "learner_1",
      "cmi.core.student_name": "Mensah, Ama",
      "cmi.core.lesson_mode": "normal",
      "cmi.core.credit": "credit",
      "cmi.core.entry": "ab-initio",
      ...(mastery ? { "cmi.student_data.mastery_score": mastery } : {}),
    };
  }
  const passing = /<imsss:minNormalizedMeasure>([^<]*)</.exec(manifest)?.[1];
  return {
    "cmi.learner_id": "learner_1",
    "cmi.learner_name": "Mensah, Ama",
    "cmi.mode": "normal",
    "cmi.credit": "credit",
    "cmi.entry": "ab-initio",
    ...(passing ? { "cmi.scaled_passing_score": passing } : {}),
  };
}

const WRITE_ONLY = /^cmi\.(core\.)?(exit|session_time)$/;

/** The next launch of the same attempt, as Moodle would start it from what it stored. */
export function relaunch(version: ScormVersion, stored: Record<string, string>): Record<string, string> {
  const exitKey = version === "scorm12" ? "cmi.core.exit" : "cmi.exit";
  const entryKey = version === "scorm12" ? "cmi.core.entry" : "cmi.entry";
  const kept = Object.fromEntries(Object.entries(stored).filter(([key]) => !WRITE_ONLY.test(key)));
  return { ...kept, [entryKey]: stored[exitKey] === "suspend" ? "resume" : "" };
}

export interface LaunchedSco {
  page: Page;
  sco(): Promise<Frame>;
  state(): Promise<HarnessState>;
  /**
   * Navigates the SCO frame away (as Moodle does when the learner leaves): pagehide in the SCO.
   * Waits for the session's finish, or, where the SCO found no working LMS, for the frame to go.
   */
  leave(options?: { finishes?: boolean }): Promise<HarnessState>;
  /** The window closes the way a killed tab or a crash closes it: no pagehide reaches the SCO. */
  vanish(): Promise<HarnessState>;
}

/** Set on a SCO's window by `vanish()`: its page-lifecycle listeners no longer run. */
const VANISHED = "__lmsHarnessVanished";

/**
 * Lets `vanish()` close a SCO as a crash would: page-lifecycle listeners (pagehide,
 * visibilitychange) are registered through a guard that skips them once the window has vanished.
 * (Removing the frame fires pagehide; Chromium runs the SCO's own listener before any added later.)
 */
function guardPageLifecycle(vanished: string): void {
  const target = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = target;
  const guards = new WeakMap<EventListener, EventListener>();
  const guardOf = (type: string, listener: unknown) =>
    (type === "pagehide" || type === "visibilitychange") && typeof listener === "function"
      ? (listener as EventListener)
      : undefined;
  target.addEventListener = function (this: EventTarget, type, listener, options) {
    const guarded = guardOf(type, listener);
    if (!guarded) return add.call(this, type, listener, options);
    const guard = function (this: unknown, event: Event) {
      if (!(vanished in window)) guarded.call(this, event);
    };
    guards.set(guarded, guard);
    return add.call(this, type, guard, options);
  };
  target.removeEventListener = function (this: EventTarget, type, listener, options) {
    const guarded = guardOf(type, listener);
    return remove.call(this, type, (guarded && guards.get(guarded)) ?? listener, options);
  };
}

const guardedPages = new WeakSet<Page>();

export async function launch(page: Page, site: LmsSite, config: HarnessConfig): Promise<LaunchedSco> {
  if (!guardedPages.has(page)) await page.addInitScript(guardPageLifecycle, VANISHED);
  guardedPages.add(page);
  await page.goto(`${site.url}/lms.html?config=${encodeURIComponent(JSON.stringify(config))}`);
  const state = () => page.evaluate(() => JSON.parse(JSON.stringify(window.lms)) as HarnessState);
  return {
    page,
    async sco() {
      const frame = await (await page.waitForSelector("iframe[name=sco]")).contentFrame();
      if (!frame) throw new Error("the SCO frame did not load");
      return frame;
    },
    state,
    async leave({ finishes = true } = {}) {
      await page.evaluate(() => {
        const frame = document.querySelector("iframe");
        if (frame) frame.src = "about:blank";
      });
      if (finishes)
        await page.waitForFunction(() =>
          window.lms.calls.some((call) => call === "LMSFinish" || call === "Terminate"),
        );
      else
        await page.waitForFunction(
          () => document.querySelector("iframe")?.contentWindow?.location.href === "about:blank",
        );
      return state();
    },
    async vanish() {
      const frame = await (await page.waitForSelector("iframe[name=sco]")).contentFrame();
      await frame?.evaluate((vanished) => Object.assign(window, { [vanished]: true }), VANISHED);
      await page.evaluate(() => document.querySelector("iframe")?.remove());
      return state();
    },
  };
}

/** The elements the journeys read, by version. */
export const CMI = {
  scorm12: {
    status: "cmi.core.lesson_status",
    success: "cmi.core.lesson_status",
    raw: "cmi.core.score.raw",
    exit: "cmi.core.exit",
    normalExit: "",
    suspend: "cmi.suspend_data",
    location: "cmi.core.lesson_location",
    response: "student_response",
  },
  scorm2004: {
    status: "cmi.completion_status",
    success: "cmi.success_status",
    raw: "cmi.score.raw",
    exit: "cmi.exit",
    normalExit: "normal",
    suspend: "cmi.suspend_data",
    location: "cmi.location",
    response: "learner_response",
  },
} as const;

export interface InstalledCourse {
  course: CourseModel;
  /** Package name (`<course>--<part>`) → its imsmanifest.xml. */
  manifests: Map<string, string>;
  /** Opens a package in the LMS: the learner's first attempt, or the attempt `initial` describes. */
  start(
    page: Page,
    name: string,
    initial?: Record<string, string>,
    failCommits?: number,
    faults?: LmsFaults,
  ): Promise<LaunchedSco>;
}

/** How the LMS misbehaves in a launch (fault injection in harness/lms-frame.ts). */
export type LmsFaults = Pick<HarnessConfig, "faults" | "failInitialize" | "noApi" | "sharedDb">;

/** Builds a course's packages with a SCORM target and installs them in the LMS site. */
export async function installCourse(
  site: LmsSite,
  version: ScormVersion,
  target: Target,
  courseDir = "course-src/sample",
  options: { withEditions?: boolean; edition?: string } = {},
): Promise<InstalledCourse> {
  const source = await readCourse(courseDir);
  const compiled = compileCourse(source).model;
  if (!compiled) throw new Error(`${courseDir} must compile`);
  if (!("build" in target)) throw new Error("SCORM targets build course by course");
  // As the CLI builds it: every translation an edition (`edition`: install that one's packages),
  // which the packages carry for the learner's language.
  const all = [compiled, ...compileEditions(compiled, source).models];
  const model = all.find((each) => each.lang === (options.edition ?? compiled.lang));
  if (!model) throw new Error(`${courseDir} has no ${options.edition} edition`);
  const others = all.filter((each) => each !== model);
  const editions = options.withEditions || options.edition ? others : undefined;
  const manifests = new Map<string, string>();
  for (const file of await target.build({ model, source, editions }, { split: "module" })) {
    const name = file.path.replace(/^.*\/|\.zip$/g, "");
    manifests.set(name, new TextDecoder().decode(readZip(file.content).get("imsmanifest.xml")));
    await site.install(name, file.content);
  }
  return {
    course: model,
    manifests,
    start: (page, name, initial, failCommits = 0, faults = {}) =>
      launch(page, site, {
        version,
        launchUrl: `packages/${name}/index.html`,
        initial: initial ?? firstAttempt(version, manifests.get(name) ?? ""),
        failCommits,
        ...faults,
      }),
  };
}
