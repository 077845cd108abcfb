import { describe, expect, it } from "vitest";
import { createZip, readZip, zipPathProblem } from "./zip.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("zip", () => {
  it("sorts entries and is byte-identical whatever the insertion order", () => {
    const a = createZip(
      new Map([
        ["b.txt", bytes("b")],
        ["a/c.txt", bytes("c")],
        ["imsmanifest.xml", bytes("m")],
      ]),
    );
    const b = createZip(
      new Map([
        ["imsmanifest.xml", bytes("m")],
        ["a/c.txt", bytes("c")],
        ["b.txt", bytes("b")],
      ]),
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect([...readZip(a).keys()]).toEqual(["a/c.txt", "b.txt", "imsmanifest.xml"]);
  });

  it.each([
    ["/etc/passwd", "an absolute path"],
    ["a/../b", "an empty, `.` or `..` segment"],
    ["a\\b", "a backslash (use `/`)"],
    ["média/x.svg", "a character other than printable ASCII without spaces"],
    ["a b", "a character other than printable ASCII without spaces"],
  ])("refuses %s", (path, problem) => {
    expect(zipPathProblem(path)).toBe(problem);
    expect(() => createZip(new Map([[path, bytes("x")]]))).toThrow(problem);
  });
});
