import { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { MAX_FILE_BYTES, MAX_FILES, MAX_MEDIA_BYTES } from "./limits.ts";
import { decodeUtf8, findInvalidUtf8 } from "./utf8.ts";

/** One file of a course as read: its path inside the course folder ('/'-separated) and its bytes. */
export interface SourceEntry {
  coursePath: string;
  /** Size on disk; may exceed `bytes.byteLength` when an over-size file was not read. */
  size: number;
  bytes: Uint8Array;
}

export type MediaFile = SourceEntry;

/** A course folder in memory: Markdown files as vfiles, everything else as media. */
export interface CourseSource {
  /** The course folder as shown to the author (relative to the working directory). */
  displayDir: string;
  files: VFile[];
  media: Map<string, MediaFile>;
}

declare module "vfile" {
  interface DataMap {
    coursePath: string;
  }
}

function joinDisplay(dir: string, coursePath: string): string {
  return dir === "" || dir === "." ? coursePath : `${dir.replace(/\/+$/, "")}/${coursePath}`;
}

function markdownFile(displayDir: string, entry: SourceEntry): VFile {
  const file = new VFile({ path: joinDisplay(displayDir, entry.coursePath), value: "" });
  file.data.coursePath = entry.coursePath;
  if (entry.size > MAX_FILE_BYTES) {
    report(
      file,
      "file-too-large",
      `Unexpected file of ${entry.size} bytes, expected at most ${MAX_FILE_BYTES}`,
      { line: 1, column: 1 },
    );
    return file;
  }
  const text = decodeUtf8(entry.bytes);
  if (text !== undefined) {
    file.value = text;
    return file;
  }
  const invalid = findInvalidUtf8(entry.bytes);
  const byte = (invalid?.byte ?? 0).toString(16).toUpperCase().padStart(2, "0");
  report(
    file,
    "invalid-encoding",
    `Unexpected byte 0x${byte}, expected UTF-8 text (the file may be saved as Latin-1 or Windows-1252)`,
    invalid?.point ?? { line: 1, column: 1 },
  );
  return file;
}

/**
 * Builds the in-memory course from its entries. Pure: the disk reader and the tests both use it,
 * so the compiler never needs a file system.
 */
export function createCourseSource(displayDir: string, entries: readonly SourceEntry[]): CourseSource {
  const sorted = [...entries].sort((a, b) => (a.coursePath < b.coursePath ? -1 : 1));
  const files: VFile[] = [];
  const media = new Map<string, MediaFile>();
  for (const entry of sorted.slice(0, MAX_FILES)) {
    if (entry.coursePath.endsWith(".md")) files.push(markdownFile(displayDir, entry));
    else if (entry.size <= MAX_MEDIA_BYTES) media.set(entry.coursePath, entry);
  }
  if (sorted.length > MAX_FILES) {
    const courseFile = files.find((file) => file.data.coursePath === "course.md") ?? files[0];
    if (courseFile) {
      report(
        courseFile,
        "too-many-files",
        `Unexpected ${sorted.length} files in the course, expected at most ${MAX_FILES}`,
        { line: 1, column: 1 },
      );
    }
  }
  return { displayDir, files, media };
}
