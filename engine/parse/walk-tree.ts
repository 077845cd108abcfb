/** A node of an mdast or hast tree: a type, maybe children. */
interface TreeNode {
  type: string;
}

/** What a visitor returns to end the walk; anything else goes on. */
export const STOP_WALK = Symbol("stop walk");

/**
 * Calls `visitor` on `tree` and each node under it in document order (parents before children),
 * as unist-util-visit does without a test, but without its per-node closure and ancestor list:
 * on a compile's hot paths that overhead cost more than the visitors. Name the tree's node union
 * (`walkTree<Nodes>(tree, …)`). Visitors may change a node but not its parent's list of children.
 * Recursive: trees reaching here are within the nesting limits (engine/source/limits.ts).
 */
export function walkTree<Node extends TreeNode>(tree: TreeNode, visitor: (node: Node) => unknown): void {
  walk(tree as Node, visitor);
}

/** Whether the walk was stopped. */
function walk<Node extends TreeNode>(node: Node, visitor: (node: Node) => unknown): boolean {
  if (visitor(node) === STOP_WALK) return true;
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) if (walk(child, visitor)) return true;
  return false;
}
