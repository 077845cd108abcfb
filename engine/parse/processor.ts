import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { VFile } from "vfile";

/** The one Markdown dialect of Coursemark: CommonMark + GFM + YAML frontmatter + directives. */
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkDirective)
  .freeze();

export function parseMarkdown(file: VFile): Root {
  return processor.parse(file);
}
