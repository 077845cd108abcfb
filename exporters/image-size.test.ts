import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { compileCourse } from "../engine/model/compile-course.ts";
import { readCourse } from "../engine/source/read-course.ts";
import { imageFacts } from "./image-size.ts";
import { renderVariant, variantWidths, withImageVariants } from "./image-variants.ts";
import { svgSize } from "./svg-size.ts";

const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(`../${path}`, import.meta.url)));
const svg = (root: string) =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${root}><g/></svg>`;

/** A PNG's size read from its IHDR chunk (bytes 16–23, big-endian), without any image library. */
function pngHeaderSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** How each course is shown: its model with sizes and variants, as packages and the web edition get it. */
async function shownModel(courseDir: string) {
  const source = await readCourse(courseDir);
  const { model } = compileCourse(source);
  if (!model) throw new Error(`${courseDir} must compile`);
  return withImageVariants(model, source.media);
}

describe("the model's media entries carry each image's size", () => {
  it("the sample's photo: the size its PNG header states", async () => {
    const model = await shownModel("course-src/sample");
    const photo = model.media.find((entry) => entry.path === "media/shito-photo.png");
    const expected = pngHeaderSize(bytesOf("course-src/sample/media/shito-photo.png"));
    expect(photo).toMatchObject(expected);
    expect(photo?.widths?.length).toBeGreaterThan(0);
  });

  it("a Ghana course drawing with only a viewBox: the size librsvg (sharp) gives it", async () => {
    const model = await shownModel("course-src/selling-online");
    const path = "media/channels-ghana.svg";
    const drawing = model.media.find((entry) => entry.path === path);
    const { width, height } = await sharp(bytesOf(`course-src/selling-online/${path}`)).metadata();
    expect(drawing).toMatchObject({ width, height });
    expect(drawing?.widths).toBeUndefined();
  });

  it("leaves out what is not an image, and is the same on every build", async () => {
    const [model, again] = [await shownModel("course-src/sample"), await shownModel("course-src/sample")];
    const video = model.media.find((entry) => entry.path.endsWith(".webm"));
    expect(video).toBeDefined();
    expect(video).not.toHaveProperty("width");
    expect(JSON.stringify(again.media)).toBe(JSON.stringify(model.media));
  });
});

describe("svgSize", () => {
  it("takes width and height, absolute units at 96 px to the inch", () => {
    expect(svgSize(svg('width="600" height="10" viewBox="0 0 120 10"'))).toEqual({ width: 600, height: 10 });
    expect(svgSize(svg("width='2in' height='1in'"))).toEqual({ width: 192, height: 96 });
    expect(svgSize(svg('width="210mm" height="297mm"'))).toEqual({ width: 794, height: 1123 });
  });

  it("takes the viewBox for what is missing or relative", () => {
    expect(svgSize(svg('viewBox="0 0 320 180"'))).toEqual({ width: 320, height: 180 });
    expect(svgSize(svg('viewBox="0,0,200.5,400"'))).toEqual({ width: 201, height: 400 });
    expect(svgSize(svg('width="100%" height="100%" viewBox="0 0 16 9"'))).toEqual({ width: 16, height: 9 });
    expect(svgSize(svg('width="640" viewBox="0 0 16 9"'))).toEqual({ width: 640, height: 360 });
    expect(svgSize(svg('height="90px" viewBox="0 0 16 9"'))).toEqual({ width: 160, height: 90 });
  });

  it("gives nothing when the file names no size the browser could use", () => {
    expect(svgSize(svg('width="100%"'))).toBeUndefined();
    expect(svgSize(svg('width="2em" height="1em"'))).toBeUndefined();
    expect(svgSize(svg('viewBox="0 0 0 10"'))).toBeUndefined();
    expect(svgSize("not a drawing")).toBeUndefined();
  });
});

describe("imageFacts", () => {
  it("gives a photo stored sideways (EXIF orientation 6) its upright size, and variants of that width", async () => {
    const sideways = new Uint8Array(
      await sharp({ create: { width: 1000, height: 600, channels: 3, background: "#c33" } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer(),
    );
    expect((await imageFacts("media/phone.jpg", sideways)).size).toEqual({ width: 600, height: 1000 });
    expect(await variantWidths("media/phone.jpg", sideways)).toEqual([480, 600]);
    const variant = await sharp(await renderVariant(sideways, 480)).metadata();
    expect([variant.width, variant.height]).toEqual([480, 800]);
  });

  it("measures a damaged photo by its header, never failing the build, and makes no variants of it", async () => {
    const photo = bytesOf("course-src/sample/media/shito-photo.png");
    const truncated = photo.slice(0, Math.floor(photo.length / 3));
    expect(await imageFacts("media/shito-photo.png", truncated)).toEqual({
      size: pngHeaderSize(photo),
      whole: false,
    });
    expect(await imageFacts("media/broken.png", new Uint8Array([1, 2, 3]))).toEqual({ whole: false });
    expect(await imageFacts("media/clip.webm", photo)).toEqual({ whole: false });
  });
});
