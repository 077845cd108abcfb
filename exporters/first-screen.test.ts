import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../engine/model/compile-course.ts";
import type { CourseModel } from "../engine/model/schema.ts";
import { readCourse } from "../engine/source/read-course.ts";
import { renderFirstScreen } from "./first-screen.ts";
import { withImageVariants } from "./image-variants.ts";
import { runtimePlayer } from "./scorm-shared/runtime-player.ts";

let course: CourseModel;
beforeAll(async () => {
  const { model } = compileCourse(await readCourse("course-src/sample"));
  if (!model) throw new Error("the sample must compile");
  course = model;
});

const firstModule = () => {
  const module = course.modules[0];
  const lesson = module?.lessons[0];
  if (!module || !lesson) throw new Error("the sample has a module with a lesson");
  return { module, lesson };
};

describe("a package's first screen, rendered at build time", () => {
  it("is the player on the first lesson's first screen, the same every time", async () => {
    const { module, lesson } = firstModule();
    const scope = { kind: "module", moduleId: module.id } as const;
    const html = await renderFirstScreen(course, scope);
    expect(html).toContain('class="cm-player"');
    expect(html).toContain(`tabindex="-1">${lesson.title}</h1>`);
    expect(html).toContain("Screen 1 of");
    expect(await renderFirstScreen(course, scope)).toBe(html);
  });

  it("shows a photo as its variants: the largest as src, every one in srcset, sized for the column", async () => {
    const { module } = firstModule();
    const withVariants = await withImageVariants(course, (await readCourse("course-src/sample")).media);
    const html = await renderFirstScreen(withVariants, { kind: "module", moduleId: module.id });
    const photo = /<img src="media\/shito-photo[^>]*>/.exec(html)?.[0] ?? "";
    expect(photo).toContain('src="media/shito-photo.w960.webp"');
    expect(photo).toContain(
      'srcset="media/shito-photo.w480.webp 480w,media/shito-photo.w720.webp 720w,media/shito-photo.w960.webp 960w"',
    );
    expect(photo).toContain('sizes="(max-width:46rem) calc(100vw - 2rem),44rem"');
    // The box is reserved before the photo arrives: the model's size as width and height.
    const size = withVariants.media.find((entry) => entry.path === "media/shito-photo.png");
    expect(size?.width).toBeGreaterThan(0);
    expect(photo).toContain(`width="${size?.width}" height="${size?.height}"`);
    expect(html).not.toContain("shito-photo.png");
  });

  it("gives a video its poster's size, so its box keeps the poster's shape before the poster arrives", async () => {
    const withSizes = await withImageVariants(course, (await readCourse("course-src/sample")).media);
    const lesson = withSizes.modules
      .flatMap((module) => module.lessons)
      .find((candidate) => candidate.screens[0]?.blocks.some((block) => block.kind === "video"));
    if (!lesson) throw new Error("the sample has a lesson that opens on a video");
    const html = await renderFirstScreen(withSizes, { kind: "lesson", lessonId: lesson.id });
    const video = /<video [^>]*>/.exec(html)?.[0] ?? "";
    const poster = withSizes.media.find((entry) => entry.path === "media/daylight-photo-poster.svg");
    expect(poster?.width).toBeGreaterThan(0);
    expect(video).toContain('poster="media/daylight-photo-poster.svg"');
    expect(video).toContain(`width="${poster?.width}" height="${poster?.height}"`);
    // Still nothing but the poster before the learner presses play, and still captioned.
    expect(video).toContain('preload="none"');
    expect(html).toMatch(/<track kind="captions" default src="media\/daylight-photo\.vtt"/);
  });

  it("sits inert in the launch page, its theme style allowed by hash and nothing else inline", async () => {
    const { module } = firstModule();
    const { page } = await runtimePlayer({
      course,
      scope: { kind: "module", moduleId: module.id },
      title: "t",
      tracker: "scorm2004",
    });
    expect(page).toMatch(
      /<div id="coursemark"[^>]*>\n<noscript>.*<\/noscript>\n<div class="cm-first-screen" inert>/,
    );
    const styles = [...page.matchAll(/ style="([^"]*)"/g)].map((match) => match[1] ?? "");
    expect(styles.length).toBeGreaterThan(0);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? "";
    for (const style of styles) {
      const hash = createHash("sha256").update(style.replaceAll("&quot;", '"')).digest("base64");
      expect(policy).toContain(`'sha256-${hash}'`);
    }
    expect(policy).toContain("script-src 'self';");
    expect(page).not.toMatch(/<script(?![^>]*(?:src=|type="application\/json"))/);
  });
});
