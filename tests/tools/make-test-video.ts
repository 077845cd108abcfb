/**
 * Writes the tiny test video, its captions and its poster into the sample course and the runtime
 * fixture course, without ffmpeg: each frame is an SVG drawing that sharp renders as a lossy WebP,
 * whose `VP8 ` chunk is a VP8 key frame; the frames are muxed here into a minimal WebM (Matroska,
 * https://www.matroska.org/technical/elements.html): EBML header, then a Segment holding SeekHead,
 * Info, Tracks, one Cluster (a SimpleBlock per second) and Cues. Silent, 320×180, 6 s, about 3 KB.
 *
 *   node tests/tools/make-test-video.ts
 */
import { writeFile } from "node:fs/promises";
import sharp from "sharp";

const NAME = "daylight-photo";
const FOLDERS = ["course-src/sample/media", "tests/fixtures/runtime/course/media"];
const WIDTH = 320;
const HEIGHT = 180;
const FRAME_MS = 1000;

type Bytes = number[];

// Drawings: the jar lost on a dark, busy stall; moved to the window; on a plain cloth in daylight;
// framed by the phone; the photo taken (no flash); the clear result.
const jar = (x: number, body: string, label: string) =>
  `<rect x="${x + 12}" y="40" width="36" height="14" rx="3" fill="#5e3c1a"/>` +
  `<rect x="${x}" y="52" width="60" height="90" rx="10" fill="${body}"/>` +
  `<rect x="${x + 8}" y="80" width="44" height="30" rx="4" fill="${label}"/>`;
const darkStall =
  '<rect width="320" height="180" fill="#2e261f"/>' +
  '<rect x="20" y="20" width="70" height="120" fill="#6b4f2a"/><rect x="230" y="30" width="70" height="110" fill="#4a5d23"/>' +
  '<rect x="100" y="10" width="120" height="40" fill="#5b2a4a"/><rect y="140" width="320" height="40" fill="#3d3024"/>';
const daylight =
  '<rect width="320" height="180" fill="#f4f1e8"/><rect y="140" width="320" height="40" fill="#d9cfb8"/>';
const windowLight = '<rect x="8" y="12" width="80" height="110" fill="#fdf6d8"/>';
const viewfinder =
  '<path d="M90 20h24M90 20v24M230 20h-24M230 20v24M90 164h24M90 164v-24M230 164h-24M230 164v-24" stroke="#1c1c1c" stroke-width="5" fill="none"/>';
const shutter = '<circle cx="160" cy="166" r="9" fill="#ffffff" stroke="#1c1c1c" stroke-width="3"/>';
const done = '<path d="M268 30l14 14 26-28" stroke="#0b5d3b" stroke-width="8" fill="none"/>';
const FRAMES = [
  darkStall + jar(130, "#5a1410", "#8a8370"),
  darkStall + windowLight + jar(100, "#6e1a13", "#a59d86"),
  daylight + jar(130, "#b3261e", "#fff7e0"),
  daylight + jar(130, "#b3261e", "#fff7e0") + viewfinder,
  daylight + jar(130, "#b3261e", "#fff7e0") + viewfinder + shutter,
  daylight + jar(130, "#b3261e", "#fff7e0") + done,
];
const svg = (content: string, title = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">${title}${content}</svg>\n`;

const CAPTIONS = `WEBVTT

00:00.000 --> 00:02.000
The jar is lost in the dark, in front of the busy stall.

00:02.000 --> 00:04.000
Efua moves it to the window, onto a plain cloth.

00:04.000 --> 00:06.000
She takes the photo in daylight, with no flash.
`;

/** The VP8 key frame inside a simple-format lossy WebP (RIFF, `WEBP`, one `VP8 ` chunk). */
async function vp8Frame(drawing: string): Promise<Bytes> {
  const webp = await sharp(Buffer.from(svg(drawing)))
    .removeAlpha()
    .webp({ quality: 40 })
    .toBuffer();
  if (webp.toString("latin1", 12, 16) !== "VP8 ") throw new Error("sharp did not write a simple lossy WebP");
  return [...webp.subarray(20, 20 + webp.readUInt32LE(16))];
}

/** An EBML element size: the shortest variable-length integer that holds it. */
function size(value: number): Bytes {
  let length = 1;
  while (value >= 2 ** (7 * length) - 1) length++;
  const bytes = uint(value, length);
  bytes[0] = (bytes[0] ?? 0) | (0x80 >> (length - 1));
  return bytes;
}

/** An unsigned integer, big-endian, in `length` bytes (the fewest that hold it by default). */
function uint(value: number, length = Math.max(1, Math.ceil(Math.log2(value + 1) / 8))): Bytes {
  return Array.from({ length }, (_, index) => Math.floor(value / 256 ** (length - 1 - index)) % 256);
}

const float64 = (value: number): Bytes => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return [...new Uint8Array(view.buffer)];
};
const text = (value: string): Bytes => [...Buffer.from(value, "ascii")];
const element = (id: Bytes, payload: Bytes): Bytes => [...id, ...size(payload.length), ...payload];

const ID = {
  ebml: [0x1a, 0x45, 0xdf, 0xa3],
  segment: [0x18, 0x53, 0x80, 0x67],
  seekHead: [0x11, 0x4d, 0x9b, 0x74],
  info: [0x15, 0x49, 0xa9, 0x66],
  tracks: [0x16, 0x54, 0xae, 0x6b],
  cluster: [0x1f, 0x43, 0xb6, 0x75],
  cues: [0x1c, 0x53, 0xbb, 0x6b],
};

/** SeekHead: where Info, Tracks and Cues start; positions in 4 bytes so its own size is fixed. */
function seekHead(positions: Array<[Bytes, number]>): Bytes {
  const seeks = positions.flatMap(([id, position]) =>
    element([0x4d, 0xbb], [...element([0x53, 0xab], id), ...element([0x53, 0xac], uint(position, 4))]),
  );
  return element(ID.seekHead, seeks);
}

async function webm(): Promise<Uint8Array> {
  const frames = await Promise.all(FRAMES.map(vp8Frame));
  const header = element(ID.ebml, [
    ...element([0x42, 0x86], uint(1)), // EBMLVersion
    ...element([0x42, 0xf7], uint(1)), // EBMLReadVersion
    ...element([0x42, 0xf2], uint(4)), // EBMLMaxIDLength
    ...element([0x42, 0xf3], uint(8)), // EBMLMaxSizeLength
    ...element([0x42, 0x82], text("webm")), // DocType
    ...element([0x42, 0x87], uint(2)), // DocTypeVersion
    ...element([0x42, 0x85], uint(2)), // DocTypeReadVersion
  ]);
  const info = element(ID.info, [
    ...element([0x2a, 0xd7, 0xb1], uint(1_000_000)), // TimestampScale: milliseconds
    ...element([0x44, 0x89], float64(frames.length * FRAME_MS)), // Duration
    ...element([0x4d, 0x80], text("coursemark tests/tools/make-test-video.ts")), // MuxingApp
    ...element([0x57, 0x41], text("coursemark tests/tools/make-test-video.ts")), // WritingApp
  ]);
  const tracks = element(ID.tracks, [
    ...element(
      [0xae], // TrackEntry
      [
        ...element([0xd7], uint(1)), // TrackNumber
        ...element([0x73, 0xc5], uint(1)), // TrackUID
        ...element([0x83], uint(1)), // TrackType: video
        ...element([0x9c], uint(0)), // FlagLacing
        ...element([0x86], text("V_VP8")), // CodecID
        ...element([0x23, 0xe3, 0x83], uint(FRAME_MS * 1_000_000)), // DefaultDuration (ns)
        ...element([0xe0], [...element([0xb0], uint(WIDTH)), ...element([0xba], uint(HEIGHT))]), // Video
      ],
    ),
  ]);
  // Cluster: its timestamp, then one key-frame SimpleBlock per frame (track 1, time, flags 0x80).
  let clusterContent = element([0xe7], uint(0));
  const blockOffsets: number[] = [];
  frames.forEach((frame, index) => {
    blockOffsets.push(clusterContent.length);
    const time = index * FRAME_MS;
    clusterContent = [...clusterContent, ...element([0xa3], [0x81, ...uint(time, 2), 0x80, ...frame])];
  });
  const cluster = element(ID.cluster, clusterContent);
  const headSize = seekHead([
    [ID.info, 0],
    [ID.tracks, 0],
    [ID.cues, 0],
  ]).length;
  const clusterAt = headSize + info.length + tracks.length;
  const cuesAt = clusterAt + cluster.length;
  const cues = element(
    ID.cues,
    blockOffsets.flatMap((offset, index) =>
      element(
        [0xbb],
        [
          ...element([0xb3], uint(index * FRAME_MS)), // CueTime
          ...element(
            [0xb7],
            [
              ...element([0xf7], uint(1)), // CueTrack
              ...element([0xf1], uint(clusterAt, 4)), // CueClusterPosition
              ...element([0xf0], uint(offset)), // CueRelativePosition
            ],
          ),
        ],
      ),
    ),
  );
  const head = seekHead([
    [ID.info, headSize],
    [ID.tracks, headSize + info.length],
    [ID.cues, cuesAt],
  ]);
  const segment = element(ID.segment, [...head, ...info, ...tracks, ...cluster, ...cues]);
  return new Uint8Array([...header, ...segment]);
}

const poster = svg(FRAMES[5] ?? "", "<title>A jar of shito on a plain cloth in daylight</title>");
const video = await webm();
for (const folder of FOLDERS) {
  await writeFile(`${folder}/${NAME}.webm`, video);
  await writeFile(`${folder}/${NAME}.vtt`, CAPTIONS);
  await writeFile(`${folder}/${NAME}-poster.svg`, poster);
}
console.info(`Wrote ${NAME}.webm (${video.byteLength} bytes), .vtt and -poster.svg to ${FOLDERS.join(", ")}`);
