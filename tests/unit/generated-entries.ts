import type { SourceEntry } from "../../engine/source/course-source.ts";
import { MAX_FILE_BYTES, MAX_FILES, MAX_MEDIA_BYTES } from "../../engine/source/limits.ts";

const encoder = new TextEncoder();

function textEntry(coursePath: string, text: string): SourceEntry {
  const bytes = encoder.encode(text);
  return { coursePath, size: bytes.byteLength, bytes };
}

/** A lesson just over the size limit: valid content, repeated. */
function oversizeLesson(): SourceEntry[] {
  const frontmatter = "---\ntitle: Long lesson\nobjective: Be too long.\nminutes: 2\n---\n\n";
  const paragraph = "The shop opens at nine and closes at six.\n\n";
  const repeats = Math.ceil(MAX_FILE_BYTES / paragraph.length) + 1;
  return [textEntry("01-basics/02-long.md", frontmatter + paragraph.repeat(repeats))];
}

/**
 * As many small images as the file limit allows, so the course's own files tip it over. They sort
 * before course.md, which a limit applied in path order would have dropped ("Missing course.md").
 */
function manyMediaFiles(): SourceEntry[] {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n';
  return Array.from({ length: MAX_FILES }, (_, index) =>
    textEntry(`01-basics/photos/photo-${String(index).padStart(4, "0")}.svg`, svg),
  );
}

/** A recording over the media size limit; like the disk reader, its bytes are not read. */
function oversizeAudio(): SourceEntry[] {
  return [{ coursePath: "media/shop-tour.wav", size: MAX_MEDIA_BYTES + 1, bytes: new Uint8Array(0) }];
}

/**
 * Entries added in memory to the on-disk fixture of rules whose trigger would be unreasonable to
 * keep in the repository (hundreds of kilobytes, thousands of files).
 */
export const generatedEntries: Readonly<Record<string, () => SourceEntry[]>> = {
  "file-too-large": oversizeLesson,
  "too-many-files": manyMediaFiles,
  "unusable-file": oversizeAudio,
};
