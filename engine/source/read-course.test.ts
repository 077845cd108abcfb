import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCourseEntries } from "./read-course.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "coursemark-read-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(coursePath: string, text = "x"): void {
  const file = path.join(dir, ...coursePath.split("/"));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe("readCourseEntries", () => {
  it("lists hidden entries, node_modules and links as excluded without reading or entering them", async () => {
    write("course.md", "---\n");
    write("media/jar.svg", "<svg/>");
    write("media/.draft.svg");
    write("media/.old/a.svg");
    write("media/node_modules/b.svg");
    symlinkSync("jar.svg", path.join(dir, "media/link.svg"));
    symlinkSync(path.join(dir, "media"), path.join(dir, "linked"));
    const entries = await readCourseEntries(dir);
    expect(entries.map(({ coursePath, excluded }) => [coursePath, excluded])).toEqual([
      ["course.md", undefined],
      ["linked", "symbolic-link"],
      ["media/.draft.svg", "hidden"],
      ["media/.old", "hidden"],
      ["media/jar.svg", undefined],
      ["media/link.svg", "symbolic-link"],
      ["media/node_modules", "ignored"],
    ]);
    expect(entries.filter((entry) => entry.excluded).every((entry) => entry.bytes.length === 0)).toBe(true);
    expect(new TextDecoder().decode(entries[4]?.bytes)).toBe("<svg/>");
  });
});
