import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { exportTranslation } from "../../engine/i18n/export.ts";
import { translateCourse } from "../../engine/i18n/import.ts";
import { courseVariables } from "../../engine/i18n/variables.ts";
import { readXliff } from "../../engine/i18n/xliff-read.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";

/** XLIFF 2 ids are NMTOKENs: letters, digits, `.`, `-`, `_`, `:`. */
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

describe.each(["course-src/sample", "course-src/selling-online"])("the XLIFF export of %s", (dir) => {
  it("is a complete, well-formed file a translator can start from", async () => {
    const source = await readCourse(dir);
    const { model } = compileCourse(source);
    if (!model) throw new Error(`${dir} must compile`);
    const { xliff, units } = exportTranslation(model, courseVariables(source), { lang: "tw" });
    const read = readXliff(xliff);
    if ("error" in read) throw new Error(`${read.at.line}:${read.at.column}: ${read.error}`);
    const ids = read.document.units.map((unit) => unit.id);
    expect(ids).toHaveLength(units);
    expect(new Set(ids).size).toBe(units);
    expect(ids.filter((id) => !NMTOKEN.test(id))).toEqual([]);
    // Read back untranslated, every unit is reported as such and nothing else is wrong.
    const file = new VFile({ path: "translations/tw.xlf", value: xliff });
    const edition = translateCourse(model, courseVariables(source), file, "tw");
    expect(new Set(file.messages.map((message) => message.ruleId))).toEqual(new Set(["untranslated-unit"]));
    expect(file.messages).toHaveLength(units);
    expect(edition?.title).toBe(model.title);
  });
});
