import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { strippedSource } from "./typescript-cache.mjs";

const TYPESCRIPT = "export const price: number = 12;\nexport type Cedi = number;\n";
const tempDir = () => mkdtemp(path.join(tmpdir(), "coursemark-ts-cache-"));

describe("the stripped TypeScript cache", () => {
  it("strips a file once, keeping lines and columns, and stores one entry for it", async () => {
    const cache = await tempDir();
    const javascript = strippedSource(cache, "/course/price.ts", TYPESCRIPT);
    expect(javascript).not.toContain(": number");
    expect(javascript.split("\n").map((line) => line.length)).toEqual(
      TYPESCRIPT.split("\n").map((line) => line.length),
    );
    expect(javascript.indexOf("= 12")).toBe(TYPESCRIPT.indexOf("= 12"));
    expect(await readdir(cache)).toHaveLength(1);
  });

  it("answers an unchanged file from its entry, and strips a changed one again in the same entry", async () => {
    const cache = await tempDir();
    strippedSource(cache, "/course/price.ts", TYPESCRIPT);
    const [entry = ""] = await readdir(cache);
    // Mark the stored JavaScript: an unchanged file must come back as stored, not stripped again.
    const stored = await readFile(path.join(cache, entry), "utf8");
    await writeFile(path.join(cache, entry), `${stored}// from the cache\n`);
    expect(strippedSource(cache, "/course/price.ts", TYPESCRIPT)).toContain("// from the cache");

    const changed = TYPESCRIPT.replace("12", "15");
    const again = strippedSource(cache, "/course/price.ts", changed);
    expect(again).toContain("= 15");
    expect(again).not.toContain("// from the cache");
    expect(await readdir(cache)).toEqual([entry]);
  });

  it("still strips where the cache cannot be written (a read-only install)", async () => {
    const notADirectory = path.join(await tempDir(), "file");
    await writeFile(notADirectory, "");
    expect(strippedSource(notADirectory, "/course/price.ts", TYPESCRIPT)).toContain("= 12");
  });

  it("reports a syntax error in a file as the stripper does, and stores nothing for it", async () => {
    const cache = await tempDir();
    expect(() => strippedSource(cache, "/course/broken.ts", "const price: number = ;")).toThrow();
    expect(await readdir(cache)).toEqual([]);
  });
});
