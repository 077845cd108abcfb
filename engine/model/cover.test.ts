import { describe, expect, it } from "vitest";
import {
  COURSE_FRONTMATTER,
  compileFiles,
  compileModel,
  lesson,
  SVG,
} from "../../tests/unit/support/in-memory-course.ts";
import { collectSourceUnits } from "../i18n/export.ts";

const withCover = (cover: string) => COURSE_FRONTMATTER.replace("---\n", `---\ncover:\n${cover}\n`).trimEnd();
const COURSE = `${withCover('  src: media/market.svg\n  alt: "A stall of fabric at Kejetia market"')}\n`;
const MODULE = '---\ntitle: Basics\ncover:\n  src: ../media/needle.svg\n  alt: ""\n---\n';

function files(course = COURSE, module = MODULE) {
  return {
    "course.md": course,
    "01-basics/module.md": module,
    "01-basics/01-intro.md": lesson("Hello."),
    "media/market.svg": SVG,
    "media/needle.svg": SVG,
  };
}

describe("cover (course.md and module.md)", () => {
  it("is an image of the course by its course path, with its alt text, and listed among the media", () => {
    const model = compileModel(files());
    expect(model.cover).toEqual({ src: "media/market.svg", alt: "A stall of fabric at Kejetia market" });
    expect(model.modules[0]?.cover).toEqual({ src: "media/needle.svg", alt: "" });
    expect(model.media.map((file) => file.path)).toEqual(["media/market.svg", "media/needle.svg"]);
  });

  it("is absent from the model when not written", () => {
    const model = compileModel({ ...files(COURSE_FRONTMATTER, "---\ntitle: Basics\n---\n") });
    expect("cover" in model).toBe(false);
    expect("cover" in (model.modules[0] ?? {})).toBe(false);
  });

  it("names a missing file at its key, with the file it probably meant", () => {
    const { model, report } = compileFiles(
      files(COURSE, MODULE.replace("../media/needle.svg", "media/needle.svg")),
    );
    expect(model).toBeUndefined();
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        file: "01-basics/module.md",
        line: 4,
        column: 3,
        ruleId: "missing-media",
        message: expect.stringContaining("did you mean `../media/needle.svg`?"),
      }),
    ]);
  });

  it("must be an image file", () => {
    const { report } = compileFiles(files(`${withCover("  src: media/market.wav\n  alt: A stall")}\n`));
    expect(report.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.line])).toEqual([
      ["invalid-frontmatter", 3],
    ]);
  });

  it("gives translators the alt texts that say something (a decorative cover's empty one is not a unit)", () => {
    const units = collectSourceUnits(compileModel(files()), new Map()).map((unit) => unit.id);
    expect(units).toContain("course:cover:alt");
    expect(units.filter((id) => id.includes("cover"))).toEqual(["course:cover:alt"]);
    const described = compileModel(files(COURSE, MODULE.replace('alt: ""', "alt: A needle and thread")));
    expect(collectSourceUnits(described, new Map()).map((unit) => unit.id)).toContain(
      "module:basics:cover:alt",
    );
  });
});
