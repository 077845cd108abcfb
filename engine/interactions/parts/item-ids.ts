import type { Place } from "../../diagnostics/report.ts";
import { report } from "../../diagnostics/report.ts";
import type { FileContext } from "../../model/context.ts";

/**
 * SCORM 1.2 responses name choice-like items with single characters (CMIFeedback, STANDARDS.md),
 * so options, matching targets, sequencing steps, poll answers, hotspot regions, checklist items and
 * categorise cards are `a`…`z` in source order: at most 26.
 */
export const LETTER_IDS = "abcdefghijklmnopqrstuvwxyz";
/** Matching sources and categorise buckets are `1`…`9` in source order: at most 9. */
export const DIGIT_IDS = "123456789";

/** One id per item from `alphabet`, in order; reports (and returns undefined) when there are too many. */
export function itemIds(
  context: FileContext,
  place: Place,
  count: number,
  alphabet: string,
  what: string,
): string[] | undefined {
  if (count > alphabet.length) {
    report(
      context.file,
      "too-many-items",
      `Unexpected ${count} ${what}, expected at most ${alphabet.length}`,
      place,
    );
    return undefined;
  }
  return [...alphabet.slice(0, count)];
}

/** Ids from headings or labels (`[a-z0-9_]`), made unique with `_2`, `_3`… in source order. */
export function uniqueSlugs(slugs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}_${count}`;
  });
}
