import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileCourse } from "../engine/model/compile-course.ts";
import { variantWidthsFor } from "../engine/model/image-variants.ts";
import { readCourse } from "../engine/source/read-course.ts";
import { packagedMedia, renderVariant, variantsOf, withImageVariants } from "./image-variants.ts";

const photo = new Uint8Array(
  readFileSync(new URL("../course-src/sample/media/shito-photo.png", import.meta.url)),
);
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');

describe("variantsOf", () => {
  it("gives WebP variants at 480, 720 and 960 px for a 1200 px photo", async () => {
    expect((await variantsOf("media/shito-photo.png", photo)).map((variant) => variant.path)).toEqual([
      "media/shito-photo.w480.webp",
      "media/shito-photo.w720.webp",
      "media/shito-photo.w960.webp",
    ]);
  });

  it("never makes one wider than the photo: a 600 px photo gets 480 and 600", () => {
    expect(variantWidthsFor(600)).toEqual([480, 600]);
    expect(variantWidthsFor(300)).toEqual([300]);
    expect(variantWidthsFor(0)).toEqual([]);
  });

  it("gives none for a damaged photo whose header still reads, instead of failing the build", async () => {
    const truncated = photo.slice(0, Math.floor(photo.length / 3));
    expect(await variantsOf("media/shito-photo.png", truncated)).toEqual([]);
  });
});

describe("renderVariant", () => {
  it("encodes the same photo to the same bytes every time, at the width asked", async () => {
    const [first, again] = [await renderVariant(photo, 480), await renderVariant(photo.slice(), 480)];
    expect(Buffer.from(first).equals(Buffer.from(again))).toBe(true);
    expect(new TextDecoder().decode(first.subarray(8, 12))).toBe("WEBP");
    // VP8 header: the width in the low 14 bits at offset 26 (lossy WebP).
    expect(((first[27] ?? 0) << 8) | ((first[26] ?? 0) & 0x3fff)).toBe(480);
  });
});

describe("packagedMedia", () => {
  it("carries a photo's variants instead of the photo, and other files as they are", async () => {
    const files = await packagedMedia(
      new Map([
        ["media/shito-photo.png", photo],
        ["media/jar.svg", svg],
      ]),
    );
    expect([...files.keys()].sort()).toEqual([
      "media/jar.svg",
      "media/shito-photo.w480.webp",
      "media/shito-photo.w720.webp",
      "media/shito-photo.w960.webp",
    ]);
    expect(files.get("media/jar.svg")).toBe(svg);
  });
});

describe("withImageVariants", () => {
  it("refuses two photos that would share variant files (shop.png and shop.jpg), naming both", async () => {
    const { model } = compileCourse(await readCourse("course-src/sample"));
    if (!model) throw new Error("the sample must compile");
    const original = model.media.find((entry) => entry.path === "media/shito-photo.png");
    if (!original) throw new Error("the sample shows media/shito-photo.png");
    const twin = { ...original, path: "media/shito-photo.jpg" };
    const files = new Map([
      [original.path, { bytes: photo }],
      [twin.path, { bytes: photo }],
    ]);
    await expect(withImageVariants({ ...model, media: [original, twin] }, files)).rejects.toThrow(
      /media\/shito-photo\.png and media\/shito-photo\.jpg would share .*rename one/,
    );
    const alone = await withImageVariants({ ...model, media: [original] }, files);
    expect(alone.media[0]?.widths).toEqual([480, 720, 960]);
  });
});
