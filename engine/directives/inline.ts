import type { PhrasingContent } from "mdast";
import type { RichText } from "../model/hast.ts";
import type { BlockContext } from "./directive-slice.ts";

/** True when inline content holds nothing but spaces (an empty label, cell or heading). */
export function isBlankInline(children: readonly PhrasingContent[]): boolean {
  return children.every((child) => child.type === "text" && child.value.trim() === "");
}

/** Inline content (a directive label, a table cell, a heading) as a paragraph of rich text; [] when blank. */
export function inlineRichText(context: BlockContext, children: PhrasingContent[]): RichText {
  return isBlankInline(children) ? [] : context.toRichText([{ type: "paragraph", children }]);
}
