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

export function parseMarkdown(file: VFile): Root {
  const tree = processor.parse(file);
  fillMissingPositions(tree);
  return tree;
}
