import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { variantsOf } from "../../site/lib/image-variants.ts";

const photo = new Uint8Array(
  readFileSync(new URL("../../course-src/sample/media/shito-photo.png", import.meta.url)),
);

describe("variantsOf", () => {
  it("gives WebP variants no wider than the photo", async () => {
    expect((await variantsOf("media/shito-photo.png", photo)).map((variant) => variant.path)).toEqual([
      "media/shito-photo.w480.webp",
      "media/shito-photo.w960.webp",
    ]);
  });

  it("gives none for a damaged photo whose header still reads, instead of failing the site build", async () => {
    const truncated = photo.subarray(0, Math.floor(photo.length / 3));
    expect(await variantsOf("media/shito-photo.png", truncated)).toEqual([]);
  });
});
