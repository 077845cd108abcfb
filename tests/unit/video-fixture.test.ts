import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectDiagnostics, formatHuman } from "../../engine/diagnostics/format.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { createCourseSource } from "../../engine/source/course-source.ts";
import { readCourseEntries } from "../../engine/source/read-course.ts";

/** A course whose `:::video` blocks show every check, with the messages `coursemark check` prints. */
const FIXTURE = fileURLToPath(new URL("../fixtures/video/", import.meta.url));
const EXPECTED = "expected.txt";

describe("the video fixture course", () => {
  it("reports each broken video at its place, as expected.txt shows (regenerate with UPDATE=1)", async () => {
    const entries = (await readCourseEntries(FIXTURE)).filter((entry) => entry.coursePath !== EXPECTED);
    const { model, files } = compileCourse(createCourseSource(".", entries));
    const actual = formatHuman(collectDiagnostics(files, FIXTURE));
    if (process.env.UPDATE) await writeFile(`${FIXTURE}${EXPECTED}`, actual);
    expect(actual).toBe(await readFile(`${FIXTURE}${EXPECTED}`, "utf8"));
    expect(model).toBeUndefined();
  });
});
