import { describe, expect, it } from "vitest";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { PAGE } from "../../engine/runtime/page-contract.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { runtimePlayer } from "./runtime-player.ts";

const SAMPLE = new URL("../../course-src/sample/", import.meta.url).pathname;

describe("runtimePlayer", () => {
  it("ships the icon its page links, an SVG, among the launch assets", async () => {
    const { model } = compileCourse(await readCourse(SAMPLE));
    if (!model) throw new Error("sample course does not compile");
    const scope = { kind: "module", moduleId: model.modules[0]?.id ?? "" } as const;
    const { page, laterAssets } = await runtimePlayer({
      course: model,
      scope,
      title: model.title,
      tracker: "scorm2004",
    });
    const href = /<link rel="icon" href="([^"]+)"/.exec(page)?.[1];
    expect(href).toBe(PAGE.icon);
    const icon = new TextDecoder().decode(laterAssets?.get(PAGE.icon));
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(icon.length).toBeLessThan(1024);
  });
});
