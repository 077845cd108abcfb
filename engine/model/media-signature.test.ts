import { describe, expect, it } from "vitest";
import { mismatchedFormat } from "./media-signature.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

describe("mismatchedFormat", () => {
  it.each([
    ["media/a.png", bytes([0x89], "PNG\r\n", [0x1a, 0x0a], "rest")],
    ["media/a.JPG", bytes([0xff, 0xd8, 0xff, 0xe0])],
    ["media/a.jpeg", bytes([0xff, 0xd8, 0xff, 0xdb])],
    ["media/a.gif", bytes("GIF89a")],
    ["media/a.gif", bytes("GIF87a")],
    ["media/a.webp", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")],
    ["media/a.mp4", bytes([0, 0, 0, 0x20], "ftypisom")],
    ["media/a.MP4", bytes([0, 0, 0, 0x18], "ftypmp42")],
    ["media/a.webm", bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f])],
    ["media/a.vtt", bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nHello")],
    ["media/a.vtt", bytes([0xef, 0xbb, 0xbf], "WEBVTT - with a header")],
    ["media/a.svg", bytes("not checked")],
    ["media/a.wav", bytes("not checked")],
  ])("accepts %s with its own signature (or a format it does not check)", (path, content) => {
    expect(mismatchedFormat(path, content)).toBeUndefined();
  });

  it.each([
    ["media/a.png", bytes("not a png"), "a PNG image"],
    ["media/a.png", bytes([0xff, 0xd8, 0xff, 0xe0]), "a PNG image"],
    ["media/a.jpg", bytes([0x89], "PNG\r\n", [0x1a, 0x0a]), "a JPEG image"],
    ["media/a.gif", bytes("GIF8"), "a GIF image"],
    ["media/a.webp", bytes("RIFF", [0, 0, 0, 0], "WAVE"), "a WebP image"],
    ["media/a.png", bytes(), "a PNG image"],
    ["media/a.mp4", bytes([0x1a, 0x45, 0xdf, 0xa3]), "an MP4 video"],
    ["media/a.webm", bytes([0, 0, 0, 0x20], "ftypisom"), "a WebM video"],
    [
      "media/a.vtt",
      bytes("1\n00:00:00,000 --> 00:00:01,000\nAn SRT file"),
      "WebVTT captions, a text file starting with `WEBVTT`",
    ],
    ["media/a.vtt", bytes("webvtt lower case"), "WebVTT captions, a text file starting with `WEBVTT`"],
  ])("names what %s should be", (path, content, format) => {
    expect(mismatchedFormat(path, content)).toBe(format);
  });
});
