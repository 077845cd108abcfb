import type { Nodes, Root } from "mdast";

/**
 * Reading grade of lesson prose, by the Flesch–Kincaid grade level formula:
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * What counts as prose: the text of every paragraph, heading, list item, table cell, callout and
 * interaction (options and feedback included). Code, inline code, raw HTML (author comments),
 * frontmatter and URLs are left out; link text is kept, image alt text is not (it has no text node).
 *
 * Sentences end at `.`, `!` or `?` followed by a space or the end of a block, and at the end of
 * every block (a heading, a list item or a table cell is one sentence even without a full stop).
 * A decimal point (`12.50`) ends nothing.
 *
 * Words are runs of letters, digits and apostrophes. Syllables (see `countSyllables`): a word of
 * three letters or fewer has one; otherwise count groups of vowels (a, e, i, o, u, y), minus a
 * silent final `e` (but not `-le`), minus `-es`/`-ed` endings that add no sound; never fewer than
 * one. A word without letters (a number such as `45` or `12.50`) counts as one syllable.
 */

/** The grade above which a lesson gets the `reading-level` warning (lower secondary, ≈ 9 years of school). */
export const MAX_READING_GRADE = 9;

export interface ReadingLevel {
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

const SKIPPED = new Set(["code", "inlineCode", "html", "yaml"]);
/** Nodes whose text is a unit of its own: a sentence ends where they end. */
const BLOCKS = new Set(["paragraph", "heading", "tableCell", "leafDirective"]);
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const VARIABLE = /\{\{\s*([a-z0-9_]+)\s*\}\}/gi;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const SENTENCE_END = /[.!?]+(?=\s|$)/g;

/** Syllables in one English word, by the heuristic documented above. */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, "");
  if (letters === "") return 1;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouy]e|[^dt]ed)$/, (ending) => ending.charAt(0));
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** The text of each block unit of the tree, skipping code, HTML and URLs. */
export function proseUnits(tree: Root | Nodes): string[] {
  const units: string[] = [];
  const collect = (node: Nodes, into: string[]): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === "text") {
      into.push(node.value);
      return;
    }
    if (!("children" in node)) return;
    if (BLOCKS.has(node.type)) {
      const parts: string[] = [];
      for (const child of node.children) collect(child as Nodes, parts);
      const text = parts
        .join("")
        .replace(URL, " ")
        .replace(VARIABLE, (_match, name: string) => name.replaceAll("_", " "))
        .replace(/\s+/g, " ")
        .trim();
      if (text !== "") units.push(text);
      return;
    }
    for (const child of node.children) collect(child as Nodes, into);
  };
  collect(tree, units);
  return units;
}

/** Counts and grade for a list of prose units (each unit ends a sentence). */
export function measureUnits(units: readonly string[]): ReadingLevel {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const unit of units) {
    const unitWords = unit.match(WORD) ?? [];
    if (unitWords.length === 0) continue;
    words += unitWords.length;
    for (const word of unitWords) syllables += countSyllables(word);
    const inner =
      unit
        .trim()
        .replace(/[.!?]+$/, "")
        .match(SENTENCE_END)?.length ?? 0;
    sentences += inner + 1;
  }
  if (words === 0) return { grade: 0, words, sentences, syllables };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables };
}

/** The reading level of a Markdown tree's prose. */
export function measureReadingLevel(tree: Root | Nodes): ReadingLevel {
  return measureUnits(proseUnits(tree));
}
