import type { List, ListItem, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { type RichText, richTextSchema } from "../../model/hast.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { readPromptAndBody } from "../parts/prompt.ts";
import { reportBrokenCheckbox, reportBrokenOptions } from "./broken-options.ts";

/** A choice-like item's id: one character, as SCORM 1.2 responses need (see item-ids.ts). */
export const letterIdSchema = z.string().regex(/^[a-z0-9]$/);

export const choiceOptionSchema = z.strictObject({
  id: letterIdSchema,
  content: richTextSchema,
  correct: z.boolean(),
  feedback: richTextSchema,
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export interface ChoiceParts {
  prompt: RichText;
  options: ChoiceOption[];
}

export function isTaskList(node: RootContent): node is List {
  return (
    node.type === "list" && node.children.some((item) => item.checked !== null && item.checked !== undefined)
  );
}

/** An item's blocks after its label: `> quote` blocks are its feedback; anything else is reported. */
export function readItemFeedback(context: BlockContext, item: ListItem): RichText {
  const rest = item.children.slice(1);
  for (const child of rest) {
    if (child.type !== "blockquote") {
      report(
        context.file,
        "invalid-interaction",
        `Unexpected ${child.type} in an option, expected feedback as \`> text\``,
        child.position,
      );
    }
  }
  return context.toRichText(rest.flatMap((child) => (child.type === "blockquote" ? child.children : [])));
}

/** An item's first block is its label; `> quote` blocks after it are its feedback. */
function readItemLabelAndFeedback(
  context: BlockContext,
  item: ListItem,
): { content: RichText; feedback: RichText } {
  const [label] = item.children;
  return { content: label ? context.toRichText([label]) : [], feedback: readItemFeedback(context, item) };
}

/** Reports an item written without `[ ]` / `[x]`, or with one GFM did not read; true when it has one. */
export function hasCheckbox(context: BlockContext, item: ListItem): item is ListItem & { checked: boolean } {
  if (item.checked === true || item.checked === false) return true;
  if (reportBrokenCheckbox(context.file, item)) return false;
  report(
    context.file,
    "invalid-interaction",
    "Unexpected option without a checkbox, expected `- [ ]` or `- [x]`",
    item.position,
  );
  return false;
}

/**
 * The shared syntax of choice-like interactions: question text first, then a task list whose
 * checked items are correct; a `> quote` inside an item is that option's feedback.
 */
export function readChoiceParts(context: BlockContext, node: ContainerDirective): ChoiceParts | undefined {
  if (reportBrokenOptions(context.file, node, isTaskList, "an option")) return undefined;
  const parts = readPromptAndBody(context, node, isTaskList, {
    name: "options",
    expected: "a task list (`- [x] right`, `- [ ] wrong`)",
  });
  if (!parts) return undefined;
  const ids = itemIds(context, parts.body.position, parts.body.children.length, LETTER_IDS, "options");
  if (!ids) return undefined;
  const options = parts.body.children.map((item, index) =>
    hasCheckbox(context, item)
      ? { id: ids[index] ?? "", correct: item.checked, ...readItemLabelAndFeedback(context, item) }
      : undefined,
  );
  if (options.some((option) => option === undefined) || parts.prompt.length === 0) return undefined;
  return { prompt: parts.prompt, options: options as ChoiceOption[] };
}

export function reportMissingCorrect(context: BlockContext, node: ContainerDirective): void {
  report(
    context.file,
    "missing-correct-answer",
    `Unexpected \`:::${node.name}\` without a correct answer`,
    node.position,
  );
}
