import { didYouMean } from "../diagnostics/suggest.ts";
import type { FileContext } from "./context.ts";
import { relativeCoursePath } from "./urls.ts";

/**
 * `; did you mean …?` with the lesson whose link, as this file would write it, is nearest to the
 * broken one the author wrote (never this file itself).
 */
export function lessonSuggestion(context: FileContext, written: string): string {
  const from = context.file.data.coursePath ?? "";
  const links = [...context.course.lessonIds.keys()]
    .filter((lesson) => lesson !== from)
    .map((lesson) => relativeCoursePath(from, lesson));
  return didYouMean(written.split(/[?#]/)[0] ?? written, links);
}
