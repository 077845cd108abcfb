import type { Position } from "unist";
import { report } from "../diagnostics/report.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import type { FileContext } from "./context.ts";
import { checkMediaSafety } from "./media-safety.ts";
import { reportUnusableMedia } from "./media-usability.ts";
import { isExternalUrl, isScriptUrl, relativeCoursePath, resolveCoursePath } from "./urls.ts";

/**
 * Paths are relative to the Markdown file: when the author wrote one relative to the course root,
 * say so; otherwise offer the media file whose link, as this file would write it, is nearest.
 */
function suggestion(context: FileContext, fromPath: string, url: string): string {
  if (context.course.media.has(url)) {
    const depth = fromPath.split("/").length - 1;
    return ` (did you mean \`${"../".repeat(depth)}${url}\`? paths are relative to this file)`;
  }
  return didYouMean(
    url,
    [...context.course.media.keys()].map((file) => relativeCoursePath(fromPath, file)),
  );
}

/** Resolves a media URL to its course path, reporting remote, escaping or missing files. */
export function resolveMedia(
  context: FileContext,
  url: string,
  node: { position?: Position | undefined },
): string | undefined {
  if (isScriptUrl(url)) {
    report(
      context.file,
      "unsafe-html",
      "Unexpected script URL, expected a file in the course",
      node.position,
    );
    return undefined;
  }
  if (isExternalUrl(url)) {
    report(
      context.file,
      "missing-media",
      `Unexpected remote file \`${url}\`, expected a file inside the course (packages never load other sites)`,
      node.position,
    );
    return undefined;
  }
  const fromPath = context.file.data.coursePath ?? "";
  const coursePath = resolveCoursePath(fromPath, url);
  if (coursePath && reportUnusableMedia(context, coursePath, url, node.position)) return undefined;
  const file = coursePath === undefined ? undefined : context.course.media.get(coursePath);
  if (!coursePath || !file) {
    report(
      context.file,
      "missing-media",
      `Missing media file \`${url}\`${suggestion(context, fromPath, url)}`,
      node.position,
    );
    return undefined;
  }
  if (!checkMediaSafety(context, file, node.position)) return undefined;
  context.course.usedMedia.add(coursePath);
  return coursePath;
}
