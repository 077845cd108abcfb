import type { Nodes, Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { VFile } from "vfile";
import { remarkProseColons } from "./prose-colons.ts";

/**
 * The one Markdown dialect of Coursemark: CommonMark + GFM + YAML frontmatter + directives, where a
 * colon in prose (`8:30`, `note:this`) stays text unless a `[label]` or `{attributes}` follows.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkProseColons)
  .freeze();

/**
 * GFM autolink literals (`www.example.org`) split text into new nodes that have no position;
 * each takes its parent's, so a diagnostic about them (an unknown `{{variable}}` next to a URL)
 * stays located: code that searches the source for its text searches the parent's range.
 */
function fillMissingPositions(tree: Root): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!("children" in node)) continue;
    for (const child of node.children) {
      if (!child.position && node.position) {
        child.position = { start: { ...node.position.start }, end: { ...node.position.end } };
      }
      stack.push(child);
    }
  }
}

/** Trees kept by source text, when a long-running process compiles the same files again. */
let keptTrees: { trees: Map<string, Root>; characters: number } | undefined;
/** How much source text the kept trees may stand for (a course of about 1,000 lessons). */
const KEPT_CHARACTERS = 4_000_000;

/**
 * The author preview compiles a whole course on every save, and parsing is about two thirds of
 * that: from this call on, a file whose text is unchanged gets a copy of its earlier tree (the
 * compiler changes trees, so each caller gets its own). A one-off command does not call this, so
 * it keeps only one lesson's tree alive at a time.
 */
export function keepParsedTrees(): void {
  keptTrees ??= { trees: new Map(), characters: 0 };
}

export function parseMarkdown(file: VFile): Root {
  const text = String(file.value);
  const kept = keptTrees?.trees.get(text);
  if (kept) return structuredClone(kept);
  const tree = processor.parse(file);
  fillMissingPositions(tree);
  if (keptTrees) {
    if (keptTrees.characters + text.length > KEPT_CHARACTERS) keptTrees = { trees: new Map(), characters: 0 };
    keptTrees.trees.set(text, structuredClone(tree));
    keptTrees.characters += text.length;
  }
  return tree;
}
