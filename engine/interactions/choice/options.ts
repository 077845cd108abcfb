import type { List, ListItem, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { richTextSchema } from "../../model/hast.ts";

/** SCORM 1.2 choice responses are single characters, so options are `a`…`z` in source order. */
export const OPTION_IDS = "abcdefghijklmnopqrstuvwxyz";

export const choiceOptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]$/),
  content: richTextSchema,
  correct: z.boolean(),
  feedback: richTextSchema,
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export interface ChoiceParts {
  prompt: ReturnType<BlockContext["toRichText"]>;
  options: ChoiceOption[];
}

function isTaskList(node: RootContent): node is List {
  return (
    node.type === "list" && node.children.some((item) => item.checked !== null && item.checked !== undefined)
  );
}

function toOption(context: BlockContext, item: ListItem, index: number): ChoiceOption | undefined {
  if (item.checked === null || item.checked === undefined) {
    report(
      context.file,
      "invalid-interaction",
      "Unexpected option without a checkbox, expected `- [ ]` or `- [x]`",
      item.position,
    );
    return undefined;
  }
  const [label, ...rest] = item.children;
  const feedback = rest.filter((child) => child.type === "blockquote");
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
  return {
    id: OPTION_IDS[index] ?? "z",
    content: label ? context.toRichText([label]) : [],
    correct: item.checked,
    feedback: context.toRichText(feedback.flatMap((quote) => quote.children)),
  };
}

/**
 * The shared syntax of choice-like interactions: question text first, then a task list whose
 * checked items are correct; a `> quote` inside an item is that option's feedback.
 */
export function readChoiceParts(context: BlockContext, node: ContainerDirective): ChoiceParts | undefined {
  const listIndex = node.children.findIndex(isTaskList);
  const list = node.children[listIndex] as List | undefined;
  if (!list) {
    report(
      context.file,
      "invalid-interaction",
      `Unexpected \`:::${node.name}\` without options, expected a task list (\`- [x] right\`, \`- [ ] wrong\`)`,
      node.position,
    );
    return undefined;
  }
  for (const extra of node.children.slice(listIndex + 1)) {
    report(
      context.file,
      "invalid-interaction",
      `Unexpected ${extra.type} after the options, expected the options last`,
      extra.position,
    );
  }
  if (list.children.length > OPTION_IDS.length) {
    report(
      context.file,
      "invalid-interaction",
      `Unexpected ${list.children.length} options, expected at most ${OPTION_IDS.length}`,
      list.position,
    );
    return undefined;
  }
  const prompt = context.toRichText(node.children.slice(0, listIndex));
  if (prompt.length === 0) {
    report(
      context.file,
      "invalid-interaction",
      "Unexpected options without a question, expected the question before them",
      node.position,
    );
  }
  const options = list.children.map((item, index) => toOption(context, item, index));
  if (options.some((option) => option === undefined) || prompt.length === 0) return undefined;
  return { prompt, options: options as ChoiceOption[] };
}

export function reportMissingCorrect(context: BlockContext, node: ContainerDirective): void {
  report(
    context.file,
    "missing-correct-answer",
    `Unexpected \`:::${node.name}\` without a correct answer`,
    node.position,
  );
}
