import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { createScorm12Target } from "../scorm12/index.ts";
import { createScorm2004Target } from "../scorm2004/index.ts";
import type { CompiledCourse } from "../target.ts";
import { readZip } from "../zip.ts";
import { runtimePlayer } from "./runtime-player.ts";

/** The sample course's video (02-taking-orders/01-photos-that-sell.md) with its captions and poster. */
const VIDEO_FILES = [
  "media/daylight-photo-poster.svg",
  "media/daylight-photo.vtt",
  "media/daylight-photo.webm",
];

let sample: CompiledCourse;
beforeAll(async () => {
  const source = await readCourse("course-src/sample");
  const { model } = compileCourse(source);
  if (!model) throw new Error("the sample course must compile");
  sample = { model, source };
});

/** With the real player: a page quotes only the media its scope shows. */
describe.each([
  ["scorm12", createScorm12Target(runtimePlayer)],
  ["scorm2004", createScorm2004Target(runtimePlayer)],
] as const)("%s packages with a video", (_version, target) => {
  it("carry the video, its captions and its poster, each listed in imsmanifest.xml, only where it is used", async () => {
    if (!("build" in target)) throw new Error("SCORM targets build course by course");
    const files = await target.build(sample, { split: "module" });
    const byModule = new Map(files.map((file) => [file.module, readZip(file.content)]));
    const withVideo = byModule.get("taking_orders");
    const manifest = new TextDecoder().decode(withVideo?.get("imsmanifest.xml"));
    for (const path of VIDEO_FILES) {
      expect(withVideo?.get(path)).toEqual(new Uint8Array(sample.source.media.get(path)?.bytes ?? []));
      expect(manifest).toContain(`<file href="${path}"/>`);
    }
    const without = byModule.get("getting_started");
    expect([...(without?.keys() ?? [])].filter((name) => name.startsWith("media/daylight-photo"))).toEqual(
      [],
    );
  }, 120_000);
});
