import { beforeAll, describe, expect, it } from "vitest";
import { compileCourse } from "../engine/model/compile-course.ts";
import type { CourseModel } from "../engine/model/schema.ts";
import { ar } from "../engine/runtime/messages/ar.ts";
import { en } from "../engine/runtime/messages/en.ts";
import { fr } from "../engine/runtime/messages/fr.ts";
import { tw } from "../engine/runtime/messages/tw.ts";
import { readCourse } from "../engine/source/read-course.ts";
import { compilePlayerBundle } from "./bundle.ts";
import { contentsKey, contentsOfScope, fullContents } from "./bundle-contents.ts";

let model: CourseModel;
beforeAll(async () => {
  const compiled = compileCourse(await readCourse("course-src/sample"));
  if (!compiled.model) throw new Error("the sample must compile");
  model = compiled.model;
});

/** The types of a module's top-level interaction blocks (callouts may hold more). */
const typesIn = (module: CourseModel["modules"][number]) =>
  module.lessons.flatMap((lesson) =>
    lesson.screens.flatMap((screen) =>
      screen.blocks.flatMap((block) => (block.kind === "interaction" ? [block.type] : [])),
    ),
  );

describe("what a package's player carries", () => {
  it("a module: its lessons' interaction types and no assessment", () => {
    for (const module of model.modules) {
      const contents = contentsOfScope(model, { kind: "module", moduleId: module.id });
      expect(contents.assessment).toBe(false);
      for (const type of typesIn(module)) expect(contents.types).toContain(type);
      expect(contents.types.length).toBeLessThan(fullContents.types.length);
    }
  });

  it("the final assessment: the banks' types and the assessment, no lesson types", () => {
    const contents = contentsOfScope(model, { kind: "assessment" });
    expect(contents.assessment).toBe(true);
    const bankTypes = model.modules.flatMap((module) => module.bank.map((item) => item.type));
    expect(new Set(contents.types)).toEqual(new Set(bankTypes));
  });

  it("block views: a module's kinds and panel variants; none for the final assessment", () => {
    const kinds = model.modules.map(
      (module) => contentsOfScope(model, { kind: "module", moduleId: module.id }).blocks,
    );
    expect(kinds.flat()).toEqual(expect.arrayContaining(["image", "audio", "callout"]));
    expect(kinds.flat().some((view) => ["tabs", "accordion", "flip-cards"].includes(view))).toBe(true);
    expect(contentsOfScope(model, { kind: "assessment" }).blocks).toEqual([]);
  });

  it("keys the build cache by contents, whatever order the types were found in", () => {
    const module = model.modules[0];
    if (!module) throw new Error("the sample has modules");
    const contents = contentsOfScope(model, { kind: "module", moduleId: module.id });
    const again = contentsOfScope(model, { kind: "module", moduleId: module.id });
    expect(contentsKey(again)).toBe(contentsKey(contents));
    expect(contentsKey(contents)).not.toBe(contentsKey(fullContents));
  });
});

describe("a player bundle built for some contents", () => {
  it("leaves out the code of other types, block views and the assessment, deterministically", async () => {
    const contents = {
      types: ["single-choice"] as const,
      assessment: false,
      languages: [],
      editions: false,
      blocks: ["callout"],
    };
    const [full, trimmed, again] = await Promise.all([
      compilePlayerBundle("scorm2004"),
      compilePlayerBundle("scorm2004", contents),
      compilePlayerBundle("scorm2004", contents),
    ]);
    const js = (bundle: typeof full) => new TextDecoder().decode(bundle["player.js"]);
    expect(js(full)).toContain("cm-hotspot-region");
    expect(js(full)).toContain("cm-assessment-items");
    expect(js(trimmed)).not.toContain("cm-hotspot-region");
    expect(js(trimmed)).not.toContain("cm-assessment-items");
    expect(js(full)).toContain("cm-tabs");
    expect(js(full)).toContain("cm-flip-cards");
    expect(js(trimmed)).not.toContain("cm-tabs");
    expect(js(trimmed)).not.toContain("cm-flip-cards");
    expect(js(trimmed)).toContain("this package's player left out what was called");
    expect(trimmed["player.js"].byteLength).toBeLessThan(full["player.js"].byteLength);
    expect(Buffer.from(again["player.js"]).equals(Buffer.from(trimmed["player.js"]))).toBe(true);
  });

  it("carries the player's words in the course's language and English, no other catalogue", async () => {
    const french = await compilePlayerBundle("scorm2004", {
      types: ["single-choice"],
      assessment: false,
      languages: ["fr"],
      editions: false,
      blocks: [],
    });
    const js = new TextDecoder().decode(french["player.js"]);
    expect(js).toContain(fr.nextLesson);
    expect(js).toContain(en.nextLesson);
    expect(js).not.toContain(ar.nextLesson);
    expect(js).not.toContain(tw.nextLesson);
  });
});
