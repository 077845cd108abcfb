import { describe, expect, it } from "vitest";
import { compileFiles, lesson } from "../../tests/unit/support/in-memory-course.ts";
import { collectSourceUnits } from "../i18n/export.ts";

const WEBM = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
const MP4 = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode("ftypmp42isom")]);
const VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nEfua packs the jar.\n";
const POSTER = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>\n';
const MEDIA = {
  "media/packing.webm": WEBM,
  "media/packing.mp4": MP4,
  "media/packing.vtt": VTT,
  "media/packing.svg": POSTER,
};
const LESSON = "01-shop/01-packing.md";
const TRANSCRIPT = "Efua wraps the jar in paper, then in a bag.";

/** Compiles one lesson whose body (line 7 onwards) is `body`, with the media above plus `media`. */
function compileVideo(body: string, media: Record<string, string | Uint8Array> = {}) {
  const compiled = compileFiles({ ...MEDIA, ...media, [LESSON]: lesson(body) });
  const problems = compiled.report.diagnostics
    .filter((diagnostic) => diagnostic.ruleId !== "reading-level")
    .map(({ line, column, ruleId, message }) => ({ at: `${line}:${column}`, ruleId, message }));
  const blocks = compiled.model?.modules[0]?.lessons[0]?.screens[0]?.blocks ?? [];
  return { ...compiled, problems, blocks };
}

const video = (attributes: string, transcript = TRANSCRIPT) =>
  `:::video{${attributes}}\n${transcript}\n:::\n`;
const FULL =
  'src="../media/packing.webm" captions="../media/packing.vtt" poster="../media/packing.svg" title="Packing an order" minutes=1.5';

describe(":::video", () => {
  it("reads the video, its captions, poster, title, length and transcript, with the file's size", () => {
    const { problems, blocks } = compileVideo(video(FULL));
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        kind: "video",
        src: "media/packing.webm",
        bytes: WEBM.byteLength,
        minutes: 1.5,
        poster: "media/packing.svg",
        captions: "media/packing.vtt",
        captionsLang: "en",
        title: "Packing an order",
        transcript: [
          { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: TRANSCRIPT }] },
        ],
      },
    ]);
  });

  it("needs only src, captions and the transcript; MP4, WebM and WebVTT are not active media", () => {
    const { problems, blocks, model } = compileVideo(
      video('src="../media/packing.mp4" captions="../media/packing.vtt"'),
    );
    expect(problems).toEqual([]);
    expect(blocks[0]).toMatchObject({ kind: "video", src: "media/packing.mp4", bytes: MP4.byteLength });
    expect(Object.keys(blocks[0] ?? {})).not.toContain("poster");
    expect(model?.media.map((file) => file.path)).toEqual(["media/packing.mp4", "media/packing.vtt"]);
  });

  it("exports its title and transcript for translation, like audio's transcript", () => {
    const { model } = compileVideo(video(FULL));
    if (!model) throw new Error("expected a model");
    const units = collectSourceUnits(model, new Map()).filter((unit) => unit.id.includes(".b1:"));
    expect(units.map((unit) => unit.id)).toEqual([
      "lesson:shop.packing:s1.b1:title",
      "lesson:shop.packing:s1.b1:transcript-0",
    ]);
  });

  it("reports a missing captions attribute at the block", () => {
    expect(compileVideo(video('src="../media/packing.webm"')).problems).toEqual([
      {
        at: "7:1",
        ruleId: "invalid-attribute",
        message: "Missing `captions` on `:::video`, expected WebVTT captions such as `../media/packing.vtt`",
      },
    ]);
  });

  it("reports a misspelt video, captions or poster file at its attribute, with the nearest file", () => {
    const { problems } = compileVideo(
      video('src="../media/pakcing.webm" captions="../media/packng.vtt" poster="../media/packin.svg"'),
    );
    // `:::video{` is 9 characters: `src=` starts at column 10.
    expect(problems).toEqual([
      {
        at: "7:10",
        ruleId: "missing-media",
        message: "Missing media file `../media/pakcing.webm`; did you mean `../media/packing.webm`?",
      },
      {
        at: "7:38",
        ruleId: "missing-media",
        message: "Missing media file `../media/packng.vtt`; did you mean `../media/packing.vtt`?",
      },
      {
        at: "7:69",
        ruleId: "missing-media",
        message: "Missing media file `../media/packin.svg`; did you mean `../media/packing.svg`?",
      },
    ]);
  });

  it("reports a remote video at its attribute: packages never load other sites", () => {
    const { problems } = compileVideo(
      video('captions="../media/packing.vtt" src="https://example.org/packing.webm"'),
    );
    expect(problems).toEqual([
      {
        at: "7:42",
        ruleId: "missing-media",
        message:
          "Unexpected remote file `https://example.org/packing.webm`, expected a file inside the course (packages never load other sites)",
      },
    ]);
  });

  it("reports captions that are not WebVTT, a video that is not WebM or MP4 and a poster that is not its image format, by their bytes", () => {
    const { problems } = compileVideo(
      video('src="../media/fake.webm" captions="../media/fake.vtt" poster="../media/fake.png"'),
      {
        "media/fake.webm": MP4,
        "media/fake.vtt": "1\n00:00:00,000 --> 00:00:02,000\nAn SRT file renamed.\n",
        "media/fake.png": POSTER,
      },
    );
    expect(problems).toEqual([
      {
        at: "7:10",
        ruleId: "invalid-media-content",
        message: "Unexpected content in `../media/fake.webm`, expected a WebM video as its name says",
      },
      {
        at: "7:35",
        ruleId: "invalid-media-content",
        message:
          "Unexpected content in `../media/fake.vtt`, expected WebVTT captions, a text file starting with `WEBVTT` as its name says",
      },
      {
        at: "7:64",
        ruleId: "invalid-media-content",
        message: "Unexpected content in `../media/fake.png`, expected a PNG image as its name says",
      },
    ]);
  });

  it.each([
    [
      'src="../media/packing.mov" captions="../media/packing.vtt"',
      'Unexpected `src="../media/packing.mov"` on `:::video`, expected an MP4 or WebM video such as `../media/packing.webm`',
    ],
    [
      'src="../media/packing.webm" captions="../media/packing.srt"',
      'Unexpected `captions="../media/packing.srt"` on `:::video`, expected WebVTT captions such as `../media/packing.vtt`',
    ],
    [
      'src="../media/packing.webm" captions="../media/packing.vtt" poster="../media/packing.mp4"',
      'Unexpected `poster="../media/packing.mp4"` on `:::video`, expected an image such as `../media/packing.jpg` (PNG, JPEG, GIF, WebP, AVIF or SVG)',
    ],
    [
      'src="../media/packing.webm" captions="../media/packing.vtt" minutes=0',
      'Unexpected `minutes="0"` on `:::video`, expected the video\'s length in minutes, such as 2 or 1.5',
    ],
    [
      'src="../media/packing.webm" captions="../media/packing.vtt" minutes=two',
      'Unexpected `minutes="two"` on `:::video`, expected a number such as 12.5',
    ],
  ])("reports a wrong kind of file or value at the block: %s", (attributes, message) => {
    expect(compileVideo(video(attributes)).problems).toEqual([
      { at: "7:1", ruleId: "invalid-attribute", message },
    ]);
  });

  it("reports a video without a transcript at the block", () => {
    const { problems } = compileVideo(
      ':::video{src="../media/packing.webm" captions="../media/packing.vtt"}\n:::\n',
    );
    expect(problems).toEqual([
      { at: "7:1", ruleId: "missing-transcript", message: "Unexpected video without a transcript" },
    ]);
  });

  it("reports an unknown attribute with the nearest known one", () => {
    const { problems } = compileVideo(video('src="../media/packing.webm" caption="../media/packing.vtt"'));
    expect(problems.map((problem) => problem.message)).toEqual([
      "Missing `captions` on `:::video`, expected WebVTT captions such as `../media/packing.vtt`",
      "Unexpected attribute `caption` on `:::video`, expected one of `src`, `captions`, `poster`, `title`, `minutes`; did you mean `captions`?",
    ]);
  });
});
