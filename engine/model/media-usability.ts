import type { Position } from "unist";
import { report } from "../diagnostics/report.ts";
import type { ExcludedEntry } from "../source/course-source.ts";
import { MAX_MEDIA_BYTES } from "../source/limits.ts";
import type { FileContext } from "./context.ts";
import { mismatchedFormat } from "./media-signature.ts";
import { packagePathProblem } from "./package-path.ts";

/** The excluded file or folder a course path is, or lies in. */
function exclusionOf(context: FileContext, coursePath: string): ExcludedEntry | undefined {
  const segments = coursePath.split("/");
  for (let length = 1; length <= segments.length; length++) {
    const entry = context.course.excluded.get(segments.slice(0, length).join("/"));
    if (entry) return entry;
  }
  return undefined;
}

/** "Unexpected …, expected …" for a reference to an excluded file or to a file in an excluded folder. */
function exclusionMessage(entry: ExcludedEntry, coursePath: string, url: string): string {
  const folder = entry.coursePath !== coursePath;
  const inside = (what: string) => `Unexpected \`${url}\` inside ${what} \`${entry.coursePath}/\``;
  switch (entry.excluded) {
    case "symbolic-link":
      return folder
        ? `${inside("the linked folder")}, expected a real folder (links are not followed)`
        : `Unexpected symbolic link \`${url}\`, expected the file itself (links are not followed)`;
    case "hidden":
      return folder
        ? `${inside("the hidden folder")}, expected a folder whose name does not start with \`.\``
        : `Unexpected hidden file \`${url}\`, expected a name that does not start with \`.\``;
    case "ignored":
      return `${inside("the ignored folder")}, expected a file outside node_modules/`;
    case "too-large":
      return `Unexpected media file \`${url}\` of ${entry.size} bytes, expected at most ${MAX_MEDIA_BYTES / 1024 / 1024} MiB`;
  }
}

/**
 * Reports a media reference the build could not use although the file exists: one the reader
 * skips (hidden, a link, in node_modules, over size), one whose name an LMS cannot serve (the zip
 * writer refuses it), or a raster image, video or captions file whose bytes are not its format (the
 * web edition cannot decode it; a browser shows a blank video). `check` reports what `build` would refuse. True when it reported.
 */
export function reportUnusableMedia(
  context: FileContext,
  coursePath: string,
  url: string,
  place: Position | undefined,
): boolean {
  const excluded = exclusionOf(context, coursePath);
  if (excluded) {
    report(context.file, "unusable-file", exclusionMessage(excluded, coursePath, url), place);
    return true;
  }
  const file = context.course.media.get(coursePath);
  if (!file) return false;
  const problem = packagePathProblem(coursePath);
  if (problem) {
    report(
      context.file,
      "invalid-file-name",
      `Unexpected media file name \`${coursePath}\` with ${problem}, expected a name such as \`media/jar-front.svg\``,
      place,
    );
    return true;
  }
  const format = mismatchedFormat(coursePath, file.bytes);
  if (format) {
    report(
      context.file,
      "invalid-media-content",
      `Unexpected content in \`${url}\`, expected ${format} as its name says`,
      place,
    );
    return true;
  }
  return false;
}
