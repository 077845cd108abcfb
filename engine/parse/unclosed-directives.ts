import type { Nodes, Parent, Root } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { report } from "../diagnostics/report.ts";

const CLOSING_FENCE = /^\s*:{3,}\s*$/;

/** The colons that open a container directive, as written (`::::accordion` → `::::`). */
function fenceOf(node: ContainerDirective, lines: readonly string[]): string {
  const start = node.position?.start;
  const line = lines[(start?.line ?? 1) - 1] ?? "";
  return /^:{3,}/.exec(line.slice((start?.column ?? 1) - 1))?.[0] ?? ":::";
}

/**
 * The first block inside `node` opened with at least as many colons: the `:::` that closes it closes
 * `node` too, so `node` was never closed where the author meant (a forgotten `:::` before the next
 * question, or a nested block without a longer outer fence).
 */
function swallowedIndex(node: ContainerDirective, lines: readonly string[]): number {
  const length = fenceOf(node, lines).length;
  return node.children.findIndex(
    (child) => child.type === "containerDirective" && fenceOf(child, lines).length >= length,
  );
}

function reportUnclosed(file: VFile, node: ContainerDirective, lines: readonly string[], next?: Nodes): void {
  const fence = fenceOf(node, lines);
  const before =
    next?.type === "containerDirective"
      ? ` before \`${fenceOf(next, lines)}${next.name}\` on line ${next.position?.start.line}, or a longer fence (\`:${fence}${node.name}\`) around it`
      : "";
  report(
    file,
    "unclosed-directive",
    `Unclosed \`${fence}${node.name}\`, expected a closing \`${fence}\` line${before}`,
    node.position?.start,
  );
}

/**
 * Reports container directives without their own closing fence, at the line that opens them.
 * remark-directive runs an unclosed `:::name` to the end of the file, or ends it with the fence of a
 * block inside it; that block and what follows it are moved out to follow it, so an interaction
 * after a forgotten `:::` is read as the author meant instead of reported as misplaced.
 */
export function checkClosedDirectives(file: VFile, tree: Root): void {
  const lines = String(file.value).split("\n");
  const parents: Parent[] = [tree];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index];
      if (!node || !("children" in node)) continue;
      parents.push(node);
      if (node.type !== "containerDirective") continue;
      const swallowed = swallowedIndex(node, lines);
      if (swallowed >= 0) {
        reportUnclosed(file, node, lines, node.children[swallowed]);
        const moved = node.children.splice(swallowed);
        parent.children.splice(index + 1, 0, ...(moved as typeof parent.children));
        const last = node.children.at(-1)?.position?.end;
        if (node.position && last) node.position.end = { ...last };
      } else if (!CLOSING_FENCE.test(lines[(node.position?.end.line ?? 1) - 1] ?? "")) {
        reportUnclosed(file, node, lines);
      }
    }
  }
}
