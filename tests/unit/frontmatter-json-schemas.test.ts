import { readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  caseInsensitivePattern,
  renderFrontmatterSchemas,
  SCHEMAS_DIR,
} from "../tools/gen-frontmatter-schemas.ts";

const schemas = renderFrontmatterSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: false });

function validator(name: string) {
  return ajv.compile(JSON.parse(schemas.get(name) ?? "{}"));
}

function frontmatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"));
  return parse(match?.[1] ?? "");
}

const COURSES = ["course-src/sample", "course-src/selling-online"];

describe("schemas/*.schema.json", () => {
  it.each([...schemas.keys()])("%s is up to date with the zod schemas (regenerate with UPDATE=1)", (name) => {
    const expected = schemas.get(name);
    if (process.env.UPDATE && expected) writeFileSync(`${SCHEMAS_DIR}${name}`, expected);
    const actual = readFileSync(`${SCHEMAS_DIR}${name}`, "utf8");
    expect(actual, "stale: run `node tests/tools/gen-frontmatter-schemas.ts`").toBe(expected);
  });

  it("accepts the frontmatter of every bundled course, module and lesson", async () => {
    const { glob } = await import("node:fs/promises");
    const checks = { course: validator("course.schema.json"), module: validator("module.schema.json") };
    const lessonCheck = validator("lesson.schema.json");
    for (const course of COURSES) {
      expect(checks.course(frontmatter(`${course}/course.md`)), course).toBe(true);
      for await (const file of glob(`${course}/*/*.md`)) {
        if (file.endsWith("assessment.md")) continue;
        const check = file.endsWith("module.md") ? checks.module : lessonCheck;
        const data = frontmatter(file);
        if (data === null && file.endsWith("module.md")) continue;
        expect(check(data), `${file}: ${ajv.errorsText(check.errors)}`).toBe(true);
      }
    }
  });

  it("rejects what the compiler rejects: unknown keys, a bad licence, a bad completion rule", () => {
    const check = validator("course.schema.json");
    const course = frontmatter("course-src/sample/course.md") as Record<string, unknown>;
    const { licence, ...withoutLicence } = course;
    expect(check({ ...withoutLicence, license: licence })).toBe(false);
    expect(ajv.errorsText(check.errors)).toContain("must NOT have additional properties");
    expect(check({ ...course, licence: "GPL-9" })).toBe(false);
    expect(check({ ...course, licence: "LicenseRef-atingi" })).toBe(true);
    expect(check({ ...course, completion: { rule: "most-screens" } })).toBe(false);
    const lessonCheck = validator("lesson.schema.json");
    expect(lessonCheck({ title: "A", objective: "B", minutes: 0 })).toBe(false);
  });
});

describe("case-insensitive checks (zod's /…/i) in JSON Schema", () => {
  it("accepts a cover whose file name ends in capitals, as the compiler does, and still refuses a non-image", () => {
    const check = validator("module.schema.json");
    const module = (cover: string) => ({ title: "Photos", cover: { src: cover, alt: "A shop" } });
    expect(check(module("media/Shop.JPG")), ajv.errorsText(check.errors)).toBe(true);
    expect(check(module("media/shop.webp"))).toBe(true);
    expect(check(module("media/shop.PDF"))).toBe(false);
  });

  it("rewrites each letter, never an escape, and refuses a character class", () => {
    expect(caseInsensitivePattern("\\.(png|jpe?g)$")).toBe("\\.([pP][nN][gG]|[jJ][pP][eE]?[gG])$");
    expect(caseInsensitivePattern("^x\\d\\w+$")).toBe("^[xX]\\d\\w+$");
    expect(() => caseInsensitivePattern("^[a-c]$")).toThrow("character class");
  });
});
