import type { Image, Paragraph, RootContent } from "mdast";

/**
 * A paragraph holding one image and nothing else is a figure; the image title is its caption.
 * A leaf module (no engine imports) so slices can use it without an import cycle.
 */
export function soleImage(node: RootContent): Image | undefined {
  if (node.type !== "paragraph") return undefined;
  const meaningful = (node as Paragraph).children.filter(
    (child) => !(child.type === "text" && child.value.trim() === ""),
  );
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === "image" ? only : undefined;
}
