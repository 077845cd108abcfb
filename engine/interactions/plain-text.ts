import type { RichText } from "../model/hast.ts";

/** Rich text → one line of plain text (for LMS reports and screen-reader-free summaries). */
export function plainText(content: RichText): string {
  const parts: string[] = [];
  const walk = (nodes: RichText): void => {
    for (const node of nodes) {
      if (node.type === "text") parts.push(node.value);
      else walk(node.children);
    }
  };
  walk(content);
  return parts.join("").replace(/\s+/g, " ").trim();
}
