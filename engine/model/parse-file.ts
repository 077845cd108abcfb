import type { Root } from "mdast";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";
import { checkBrokenDirectives } from "../parse/broken-directives.ts";
import { checkCostlyConstructs } from "../parse/costly-constructs.ts";
import { checkLineNesting, checkTreeNesting } from "../parse/nesting.ts";
import { parseMarkdown } from "../parse/processor.ts";

const CLOSING_FENCE = /^\s*:{3,}\s*$/;

/** remark-directive runs an unclosed `:::name` to the end of the file; that is almost always a mistake. */
function checkClosedDirectives(file: VFile, tree: Root): void {
  const lines = String(file.value).split("\n");
  const stack = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || !("children" in node)) continue;
    if (node.type === "containerDirective") {
      const endLine = lines[(node.position?.end.line ?? 1) - 1] ?? "";
      if (!CLOSING_FENCE.test(endLine)) {
        // Name the fence as written: `::::accordion` closes with `::::`.
        const fence = /:{3,}/.exec(lines[(node.position?.start.line ?? 1) - 1] ?? "")?.[0] ?? ":::";
        report(
          file,
          "unclosed-directive",
          `Unclosed \`${fence}${node.name}\`, expected a closing \`${fence}\` line`,
          node.position?.start,
        );
      }
    }
    stack.push(...(node.children as Root["children"]));
  }
}

/** Parses one file, or returns undefined when it was unreadable or over a limit (already reported). */
export function parseFile(file: VFile): Root | undefined {
  if (file.messages.some((message) => message.fatal)) return undefined;
  if (!checkLineNesting(file) || !checkCostlyConstructs(file)) return undefined;
  const tree = parseMarkdown(file);
  if (!checkTreeNesting(file, tree)) return undefined;
  checkClosedDirectives(file, tree);
  checkBrokenDirectives(file, tree);
  return tree;
}
