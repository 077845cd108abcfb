import type { RichText } from "../model/hast.ts";

/**
 * Rich text → one line of plain text (for LMS reports and screen-reader-free summaries); an image
 * counts as its alt text, as a screen reader reads it.
 */
export function plainText(content: RichText): string {
  const parts: string[] = [];
  const walk = (nodes: RichText): void => {
    for (const node of nodes) {
      if (node.type === "text") parts.push(node.value);
      else if (node.tagName === "img") parts.push(String(node.properties.alt ?? ""));
      else walk(node.children);
    }
  };
  walk(content);
  return parts.join("").replace(/\s+/g, " ").trim();
}
