import type { List, ListItem, Nodes, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { VFile } from "vfile";
import { report } from "../../diagnostics/report.ts";
import { paragraphLines } from "../../parse/paragraph-lines.ts";

/** A line of text that starts like an option: `-[x]`, `*[ ]`, `[x]`, `-[]`, then a space. */
const OPTION_LIKE_LINE = /^([-*+]?)\[([ xX]?)\](?=[ \t]|$)/;
/** A list item's marker: a bullet or a number with its `.` or `)`. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])/;
/** A list item's text that starts like a checkbox GFM did not read: `[]`, `[v]`, `[x]GH₵`. */
const CHECKBOX_LIKE = /^\[([^\]\s]?| )\](\S{0,20})/u;

/** How to fix an option-like line: `-[x]` → `- [x]` (a space after the dash). */
function typoMessage(found: string, bullet: string, box: string, noun: string): string {
  const fixes = [
    bullet === ""
      ? "a dash and a space before it"
      : `a space after the ${bullet === "-" ? "dash" : `\`${bullet}\``}`,
    ...(box === "" ? ["a space between the brackets"] : []),
  ];
  const expected = `${bullet || "-"} [${box || " "}]`;
  return `Unexpected \`${found}\`, expected \`${expected}\` (${fixes.join(" and ")}) to mark ${noun}`;
}

/**
 * Option-like lines that Markdown read as text: in the question, or in the feedback above. A list
 * item's own first line is left to `reportBrokenCheckbox` (its `[x]` was read, or the item reported).
 */
function reportTypoLines(
  file: VFile,
  node: ContainerDirective,
  lines: readonly string[],
  noun: string,
): number {
  let count = 0;
  const itemLabels = new Set<Nodes | undefined>();
  const stack: Nodes[] = [...node.children];
  for (let child = stack.pop(); child; child = stack.pop()) {
    if (child.type === "listItem") itemLabels.add(child.children[0]);
    if ("children" in child) stack.push(...child.children);
    if (child.type !== "paragraph") continue;
    const ownLines = paragraphLines(child, lines);
    for (const { line, column, text } of itemLabels.has(child) ? ownLines.slice(1) : ownLines) {
      const typo = OPTION_LIKE_LINE.exec(text);
      if (!typo) continue;
      report(file, "malformed-option", typoMessage(typo[0], typo[1] ?? "", typo[2] ?? "", noun), {
        line,
        column,
      });
      count++;
    }
  }
  return count;
}

/** The marker of a list's first item, as written. */
function markerOf(list: List, source: string): string {
  const offset = list.position?.start.offset;
  return (offset === undefined ? undefined : LIST_MARKER.exec(source.slice(offset))?.[0]) ?? "";
}

/** A change of bullet (`-` to `*`) ends a list: the options after it form a second list. */
function reportSplitList(
  file: VFile,
  node: ContainerDirective,
  isBody: (child: RootContent) => child is List,
  noun: string,
): boolean {
  const index = node.children.findIndex(isBody);
  const [body, next] = node.children.slice(index, index + 2);
  if (index < 0 || body?.type !== "list" || next?.type !== "list") return false;
  const source = String(file.value);
  const [before, after] = [markerOf(body, source), markerOf(next, source)];
  if (before === after) return false;
  report(
    file,
    "malformed-option",
    `Unexpected \`${after}\` after a list of \`${before}\` items, expected \`${before}\` for every ${noun.replace(/^an? /, "")} (a new bullet starts a new list)`,
    next.position?.start,
  );
  return true;
}

/**
 * Options the Markdown parser did not read as list items: `-[x] text` (no space after the dash) or
 * `[x] text` becomes text of the question or of the feedback above; a change of bullet starts a
 * second list. Reports each where it was typed; true when there was one, so the caller skips its
 * other checks ("no correct answer", "no options"), which would only echo it.
 * `noun` names one item with its article, "an option"; `isBody` finds the list of options.
 */
export function reportBrokenOptions(
  file: VFile,
  node: ContainerDirective,
  isBody: (child: RootContent) => child is List,
  noun: string,
): boolean {
  const typos = reportTypoLines(file, node, String(file.value).split("\n"), noun);
  return reportSplitList(file, node, isBody, noun) || typos > 0;
}

/**
 * An item whose `[ ]` / `[x]` GFM did not take as a checkbox (`[]`, `[v]`, `[x]` with no space
 * after it): reports what is wrong with it; false when the item has no checkbox-like start at all.
 */
export function reportBrokenCheckbox(file: VFile, item: ListItem): boolean {
  const label = item.children[0];
  const offset = label?.type === "paragraph" ? label.position?.start.offset : undefined;
  const found =
    offset === undefined ? null : CHECKBOX_LIKE.exec(String(file.value).slice(offset, offset + 64));
  if (!found || !label) return false;
  const [text, box = "", rest = ""] = found;
  let message: string;
  if (box === "") message = `Unexpected \`[]\`, expected \`[ ]\` (a space between the brackets) or \`[x]\``;
  else if (!/^[ xX]$/.test(box))
    message = `Unexpected \`[${box}]\`, expected \`[x]\` (right) or \`[ ]\` (wrong)`;
  else if (rest !== "")
    message = `Unexpected \`${text}\`, expected \`[${box}] ${rest}\` (a space after the brackets)`;
  else return false;
  report(file, "malformed-option", message, label.position?.start);
  return true;
}
