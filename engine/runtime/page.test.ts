import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../model/compile-course.ts";
import type { CourseModel } from "../model/schema.ts";
import { readCourse } from "../source/read-course.ts";
import { renderPlayerPage } from "./page.ts";
import { PAGE } from "./page-contract.ts";
import { type PlayerScope, parseScope } from "./scope.ts";

const SAMPLE = new URL("../../course-src/sample/", import.meta.url).pathname;

function embeddedModel(html: string): CourseModel {
  const match = new RegExp(
    `<script type="application/json" id="${PAGE.courseScriptId}">(.*?)</script>`,
    "s",
  ).exec(html);
  if (!match?.[1]) throw new Error("no embedded model");
  return JSON.parse(match[1]) as CourseModel;
}

describe("renderPlayerPage", () => {
  let course: CourseModel;
  beforeAll(async () => {
    const { model } = compileCourse(await readCourse(SAMPLE));
    if (!model) throw new Error("sample course does not compile");
    course = model;
  });
  const page = (scope: PlayerScope = { kind: "course" }) =>
    renderPlayerPage({
      course,
      scope,
      lang: "en-GH",
      title: `${course.title} <1>`,
      assetsBase: "../assets/",
    });

  it("loads player.js as a classic deferred script (module scripts fail from file://) and links player.css", () => {
    const html = page();
    expect(html).toContain('<script defer src="../assets/player.js"></script>');
    expect(html).not.toMatch(/type="module"/);
    expect(html).toContain('<link rel="stylesheet" href="../assets/player.css">');
  });

  it("links its icon from the assets folder only where the host ships one (else a browser logs a 404 for /favicon.ico)", () => {
    expect(page()).not.toContain('rel="icon"');
    const html = renderPlayerPage({
      course,
      scope: { kind: "course" },
      lang: "en",
      title: "t",
      assetsBase: "../assets/",
      icon: true,
    });
    expect(html).toContain(`<link rel="icon" href="../assets/${PAGE.icon}" type="image/svg+xml">`);
  });

  it("sets lang, an escaped title, a viewport and a noscript message", () => {
    const html = page();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GH">/);
    expect(html).toContain("<title>");
    expect(html).toContain("&lt;1&gt;</title>");
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/<noscript><p class="cm-noscript">[^<]+<\/p><\/noscript>/);
  });

  it("makes no request to another site: every src and href is relative", () => {
    const urls = [...page().matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).not.toMatch(/^([a-z]+:|\/\/|\/)/i);
  });

  it("embeds the model as JSON that no text in it can break out of", () => {
    const hostile = { ...course, description: "</script><script>alert(1)</script><!--" };
    const html = renderPlayerPage({
      course: hostile,
      scope: { kind: "course" },
      lang: "en",
      title: "t",
      assetsBase: "",
    });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(embeddedModel(html).description).toBe(hostile.description);
  });

  it("writes the scope on the root element and trims the model to it", () => {
    const [first, second] = course.modules;
    if (!first || !second) throw new Error("the sample has two modules");
    const html = page({ kind: "module", moduleId: second.id });
    const scope = new RegExp(`${PAGE.scopeAttribute}="([^"]*)"`).exec(html)?.[1];
    expect(parseScope(scope)).toEqual({ kind: "module", moduleId: second.id });
    const model = embeddedModel(html);
    expect(model.modules.map((module) => module.id)).toEqual([second.id]);
    expect(model.title).toBe(course.title);
    const lessonId = first.lessons[0]?.id ?? "";
    const lessonModel = embeddedModel(page({ kind: "lesson", lessonId }));
    expect(lessonModel.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id))).toEqual([
      lessonId,
    ]);
  });

  it("keeps every bank and only lesson titles for the assessment", () => {
    const model = embeddedModel(page({ kind: "assessment" }));
    expect(model.modules.map((module) => module.bank.length)).toEqual(
      course.modules.map((module) => module.bank.length),
    );
    expect(model.modules.flatMap((module) => module.lessons.map((lesson) => lesson.title))).toEqual(
      course.modules.flatMap((module) => module.lessons.map((lesson) => lesson.title)),
    );
    expect(model.modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.screens))).toEqual([]);
  });

  it("is deterministic", () => {
    expect(page()).toBe(page());
  });
});
