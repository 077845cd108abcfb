import { describe, expect, it } from "vitest";
import { mismatchedImageFormat } from "./media-signature.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

describe("mismatchedImageFormat", () => {
  it.each([
    ["media/a.png", bytes([0x89], "PNG\r\n", [0x1a, 0x0a], "rest")],
    ["media/a.JPG", bytes([0xff, 0xd8, 0xff, 0xe0])],
    ["media/a.jpeg", bytes([0xff, 0xd8, 0xff, 0xdb])],
    ["media/a.gif", bytes("GIF89a")],
    ["media/a.gif", bytes("GIF87a")],
    ["media/a.webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")],
    ["media/a.svg", bytes("not checked")],
    ["media/a.wav", bytes("not checked")],
  ])("accepts %s with its own signature (or a format it does not check)", (path, content) => {
    expect(mismatchedImageFormat(path, content)).toBeUndefined();
  });

  it.each([
    ["media/a.png", bytes("not a png"), "PNG"],
    ["media/a.png", bytes([0xff, 0xd8, 0xff, 0xe0]), "PNG"],
    ["media/a.jpg", bytes([0x89], "PNG\r\n", [0x1a, 0x0a]), "JPEG"],
    ["media/a.gif", bytes("GIF8"), "GIF"],
    ["media/a.webp", bytes("RIFF", [0, 0, 0, 0], "WAVE"), "WebP"],
    ["media/a.png", bytes(), "PNG"],
  ])("names the format %s should be", (path, content, format) => {
    expect(mismatchedImageFormat(path, content)).toBe(format);
  });
});
