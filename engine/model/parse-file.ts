import type { Root } from "mdast";
import type { VFile } from "vfile";
import { checkBrokenDirectives } from "../parse/broken-directives.ts";
import { checkCostlyConstructs } from "../parse/costly-constructs.ts";
import { checkLineNesting, checkTreeNesting } from "../parse/nesting.ts";
import { parseMarkdown } from "../parse/processor.ts";
import { checkClosedDirectives } from "../parse/unclosed-directives.ts";
import { checkUnderlinedHeadings } from "../parse/underlined-headings.ts";

/** Parses one file, or returns undefined when it was unreadable or over a limit (already reported). */
export function parseFile(file: VFile): Root | undefined {
  if (file.messages.some((message) => message.fatal)) return undefined;
  if (!checkLineNesting(file) || !checkCostlyConstructs(file)) return undefined;
  const tree = parseMarkdown(file);
  if (!checkTreeNesting(file, tree)) return undefined;
  checkClosedDirectives(file, tree);
  checkBrokenDirectives(file, tree);
  checkUnderlinedHeadings(file, tree);
  return tree;
}
