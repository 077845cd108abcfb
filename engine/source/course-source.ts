import { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { MAX_FILE_BYTES, MAX_FILES, MAX_MEDIA_BYTES } from "./limits.ts";
import { decodeUtf8, findInvalidUtf8 } from "./utf8.ts";

/** Why a file or folder of the course is not used: the reader skips it, or it is over the media size limit. */
export type Exclusion = "symbolic-link" | "hidden" | "ignored" | "too-large";

/** One file of a course as read: its path inside the course folder ('/'-separated) and its bytes. */
export interface SourceEntry {
  coursePath: string;
  /** Size on disk; may exceed `bytes.byteLength` when an over-size file was not read. */
  size: number;
  bytes: Uint8Array;
  /** Set on a file or folder the reader saw but did not read (its bytes are empty). */
  excluded?: Exclusion | undefined;
}

export type MediaFile = SourceEntry;
export type ExcludedEntry = SourceEntry & { excluded: Exclusion };

/** A course folder in memory: Markdown files as vfiles, everything else as media. */
export interface CourseSource {
  /** The course folder as shown to the author (relative to the working directory). */
  displayDir: string;
  files: VFile[];
  media: Map<string, MediaFile>;
  /** Files and folders that exist but are not used, so a reference to one says why. */
  excluded: Map<string, ExcludedEntry>;
  /** True when the course is over the file count limit: reported on course.md, and not compiled. */
  tooManyFiles: boolean;
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
  if (entry.excluded === "symbolic-link") {
    // Unread like any link, but reported: a linked lesson or course.md would otherwise vanish.
    report(
      file,
      "unusable-file",
      `Unexpected symbolic link \`${entry.coursePath}\`, expected the file itself (links are not followed)`,
      { line: 1, column: 1 },
    );
    return file;
  }
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
 * Over the file count limit nothing is compiled (that bounds the work): the one diagnostic goes on
 * course.md, the course's own file, rather than on whichever lesson came first.
 */
function tooManyFiles(displayDir: string, count: number): CourseSource {
  const courseFile = new VFile({ path: joinDisplay(displayDir, "course.md"), value: "" });
  courseFile.data.coursePath = "course.md";
  report(
    courseFile,
    "too-many-files",
    `Unexpected ${count} files in the course folder, expected at most ${MAX_FILES}`,
    { line: 1, column: 1 },
  );
  return { displayDir, files: [courseFile], media: new Map(), excluded: new Map(), tooManyFiles: true };
}

/** course.md, glossary.md or a file in a module folder: notes at the root and files in media/ are not. */
function isCourseMarkdown(coursePath: string): boolean {
  const [first = "", ...rest] = coursePath.split("/");
  return rest.length === 0 ? first === "course.md" || first === "glossary.md" : first !== "media";
}

/**
 * Builds the in-memory course from its entries. Pure: the disk reader and the tests both use it,
 * so the compiler never needs a file system.
 */
export function createCourseSource(displayDir: string, entries: readonly SourceEntry[]): CourseSource {
  const sorted = [...entries].sort((a, b) => (a.coursePath < b.coursePath ? -1 : 1));
  const read = sorted.filter((entry) => entry.excluded === undefined);
  if (read.length > MAX_FILES) return tooManyFiles(displayDir, read.length);
  const files: VFile[] = [];
  const media = new Map<string, MediaFile>();
  const excluded = new Map<string, ExcludedEntry>();
  for (const entry of sorted) {
    const markdown = entry.coursePath.endsWith(".md");
    const linkedCourseFile = entry.excluded === "symbolic-link" && isCourseMarkdown(entry.coursePath);
    if (markdown && (entry.excluded === undefined || linkedCourseFile))
      files.push(markdownFile(displayDir, entry));
    else if (entry.excluded) excluded.set(entry.coursePath, { ...entry, excluded: entry.excluded });
    else if (entry.size <= MAX_MEDIA_BYTES) media.set(entry.coursePath, entry);
    else excluded.set(entry.coursePath, { ...entry, excluded: "too-large" });
  }
  return { displayDir, files, media, excluded, tooManyFiles: false };
}
