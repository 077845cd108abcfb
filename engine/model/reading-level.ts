import type { Nodes, Root } from "mdast";
import type { Point } from "unist";

/**
 * Reading grade of lesson prose, by the Flesch–Kincaid grade level formula:
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * What counts as prose: the text of every paragraph, heading, list item, table cell, callout and
 * interaction (options and feedback included). Code, inline code, raw HTML (author comments),
 * frontmatter and URLs are left out; link text is kept, image alt text is not (it has no text node).
 *
 * Sentences end at `.`, `!` or `?` followed by a space or the end of a block. A paragraph or
 * heading also ends a sentence where it ends. A list item or table cell does not: it is often a
 * fragment ("a clear photo", "GH₵ 12.50"), so only its full sentences count, and words after its
 * last full stop are left out (counting each cell as a sentence made a hard paragraph look easy).
 * A decimal point (`12.50`) ends nothing.
 *
 * Words are runs of letters, digits and apostrophes. Syllables (see `countSyllables`): a word of
 * three letters or fewer has one; otherwise count groups of vowels (a, e, i, o, u, y), minus a
 * silent final `e` (but not `-le`), minus `-es`/`-ed` endings that add no sound; never fewer than
 * one. A word without letters (a number such as `45` or `12.50`) counts as one syllable.
 */

/** The grade above which a lesson gets the `reading-level` warning (lower secondary, ≈ 9 years of school). */
export const MAX_READING_GRADE = 9;

export interface ReadingCounts {
  words: number;
  sentences: number;
  syllables: number;
}

export interface ReadingLevel extends ReadingCounts {
  grade: number;
}

/** The prose of one block: a paragraph, heading, table cell or directive line. */
export interface ProseUnit {
  text: string;
  /** Inside a list item or table cell: only its full sentences count. */
  fragment?: boolean;
  start?: Point;
}

/** The whole text's level, and the unit that raises the grade most (where to warn). */
export interface ReadingReport extends ReadingLevel {
  hardest: (ReadingLevel & { start: Point | undefined }) | undefined;
}

const SKIPPED = new Set(["code", "inlineCode", "html", "yaml"]);
/** Nodes whose text is a unit of its own. */
const BLOCKS = new Set(["paragraph", "heading", "tableCell", "leafDirective"]);
/** Nodes whose units are fragments rather than sentences. */
const FRAGMENT_CONTAINERS = new Set(["listItem", "table"]);
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

/** Each block unit of the tree with its text (code, HTML and URLs skipped) and where it starts. */
export function proseUnits(tree: Root | Nodes): ProseUnit[] {
  const units: ProseUnit[] = [];
  const collect = (node: Nodes, into: string[], fragment: boolean): void => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === "text") {
      into.push(node.value);
      return;
    }
    if (!("children" in node)) return;
    const inFragment = fragment || FRAGMENT_CONTAINERS.has(node.type);
    if (BLOCKS.has(node.type)) {
      const parts: string[] = [];
      for (const child of node.children) collect(child as Nodes, parts, inFragment);
      const text = parts
        .join("")
        .replace(URL, " ")
        .replace(VARIABLE, (_match, name: string) => name.replaceAll("_", " "))
        .replace(/\s+/g, " ")
        .trim();
      if (text !== "") units.push({ text, fragment: inFragment, start: node.position?.start });
      return;
    }
    for (const child of node.children) collect(child as Nodes, into, inFragment);
  };
  collect(tree, [], false);
  return units;
}

/** The part of a unit that is measured: a fragment up to its last full stop, anything else whole. */
function measuredText({ text, fragment }: ProseUnit): string {
  if (!fragment) return text;
  const ends = [...text.matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  return last === undefined ? "" : text.slice(0, last.index + last[0].length);
}

/** Words, sentences and syllables of one unit (a non-fragment unit ends a sentence). */
export function countUnit(unit: ProseUnit): ReadingCounts {
  const text = measuredText(unit).trim();
  const unitWords = text.match(WORD) ?? [];
  if (unitWords.length === 0) return { words: 0, sentences: 0, syllables: 0 };
  let syllables = 0;
  for (const word of unitWords) syllables += countSyllables(word);
  const inner = text.replace(/[.!?]+$/, "").match(SENTENCE_END)?.length ?? 0;
  return { words: unitWords.length, sentences: inner + 1, syllables };
}

/** The Flesch–Kincaid grade of some counts, to one decimal. */
export function gradeOf({ words, sentences, syllables }: ReadingCounts): ReadingLevel {
  if (words === 0 || sentences === 0) return { grade: 0, words, sentences, syllables };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables };
}

function add(a: ReadingCounts, b: ReadingCounts): ReadingCounts {
  return {
    words: a.words + b.words,
    sentences: a.sentences + b.sentences,
    syllables: a.syllables + b.syllables,
  };
}

function subtract(a: ReadingCounts, b: ReadingCounts): ReadingCounts {
  return {
    words: a.words - b.words,
    sentences: a.sentences - b.sentences,
    syllables: a.syllables - b.syllables,
  };
}

/**
 * The level of a list of units, and the hardest unit: the one whose removal lowers the grade most
 * (a long, hard paragraph rather than a one-word heading). Units given as text are paragraphs.
 */
export function measureUnits(units: readonly (ProseUnit | string)[]): ReadingReport {
  const counted = units.map((unit) => {
    const prose = typeof unit === "string" ? { text: unit } : unit;
    return { start: prose.start, counts: countUnit(prose) };
  });
  const total = counted.reduce((sum, { counts }) => add(sum, counts), {
    words: 0,
    sentences: 0,
    syllables: 0,
  });
  const level = gradeOf(total);
  let hardest: ReadingReport["hardest"];
  let biggestDrop = Number.NEGATIVE_INFINITY;
  for (const { start, counts } of counted) {
    if (counts.words === 0) continue;
    const drop = level.grade - gradeOf(subtract(total, counts)).grade;
    if (drop > biggestDrop) {
      biggestDrop = drop;
      hardest = { ...gradeOf(counts), start };
    }
  }
  return { ...level, hardest };
}

/** The reading level of a Markdown tree's prose. */
export function measureReadingLevel(tree: Root | Nodes): ReadingReport {
  return measureUnits(proseUnits(tree));
}
