import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { createScorm12Target } from "../scorm12/index.ts";
import { createScorm2004Target } from "../scorm2004/index.ts";
import { readZip } from "../zip.ts";
import { runtimePlayer } from "./runtime-player.ts";

/** The runtime's budget (the issue): at most 45 KB of JS and 10 KB of CSS, gzip -9, at first open. */
const JS_BUDGET = 45 * 1024;
const CSS_BUDGET = 10 * 1024;
const gz = (bytes: Uint8Array | undefined) => gzipSync(bytes ?? new Uint8Array(), { level: 9 }).byteLength;

describe.each([
  ["scorm12", createScorm12Target(runtimePlayer)],
  ["scorm2004", createScorm2004Target(runtimePlayer)],
] as const)("%s packages with the real player", (_version, target) => {
  it("open within the budget: firstOpenBytes = page + JS + CSS, JS ≤ 45 KB, CSS ≤ 10 KB", async () => {
    const source = await readCourse("course-src/sample");
    const { model } = compileCourse(source);
    if (!model || !("build" in target)) throw new Error("the sample course must compile");
    for (const split of ["module", "course"] as const) {
      for (const file of await target.build({ model, source }, { split })) {
        const entries = readZip(file.content);
        const [page, js, css] = ["index.html", "player.js", "player.css"].map((name) =>
          gz(entries.get(name)),
        );
        expect(js, file.path).toBeLessThanOrEqual(JS_BUDGET);
        expect(css, file.path).toBeLessThanOrEqual(CSS_BUDGET);
        expect(file.extra?.firstOpenBytes, file.path).toBe((page ?? 0) + (js ?? 0) + (css ?? 0));
        expect(file.extra?.firstOpenBytes, file.path).toBeLessThanOrEqual(
          JS_BUDGET + CSS_BUDGET + (page ?? 0),
        );
      }
    }
  }, 60_000);
});
