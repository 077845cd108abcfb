import type { ListItem } from "mdast";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { flagAttribute } from "../../directives/attributes.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { richTextSchema } from "../../model/hast.ts";
import { reportBrokenOptions } from "../choice/broken-options.ts";
import {
  hasCheckbox,
  isTaskList,
  letterIdSchema,
  readItemFeedback,
  reportMissingCorrect,
} from "../choice/options.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { maxlengthSchemas } from "../parts/maxlength.ts";
import { readPromptAndBody } from "../parts/prompt.ts";
import { PATTERN_LITERAL, patternProblem } from "./pattern.ts";

export const DEFAULT_FILL_IN_LENGTH = 80;
export const MAX_FILL_IN_LENGTH = 250;
const maxlength = maxlengthSchemas(MAX_FILL_IN_LENGTH, DEFAULT_FILL_IN_LENGTH);

const attributes = baseInteractionAttributes.extend({
  maxlength: maxlength.attribute,
  "case-sensitive": flagAttribute,
});

const matchSchema = z.discriminatedUnion("kind", [
  /** Compared after trimming and collapsing spaces; ignoring case unless case-sensitive. */
  z.strictObject({ kind: z.literal("text"), text: z.string().min(1) }),
  /** `new RegExp(source, flags)` tested against the trimmed answer. */
  z.strictObject({ kind: z.literal("pattern"), source: z.string().min(1), flags: z.enum(["u", "iu"]) }),
]);

const answerSchema = z.strictObject({
  id: letterIdSchema,
  /** `[x]` accepted answer, or `[ ]` anticipated wrong answer. */
  correct: z.boolean(),
  match: matchSchema,
  feedback: richTextSchema,
});

const schema = baseInteractionSchema.extend({
  type: z.literal("fill-in"),
  prompt: richTextSchema,
  answers: z.array(answerSchema).min(1),
  maxlength: maxlength.field,
  caseSensitive: z.boolean(),
  modelAnswer: richTextSchema,
});
export type FillIn = z.infer<typeof schema>;
type Match = z.infer<typeof matchSchema>;

/** An answer is read from the source as written (not as Markdown), so `8:30` or a pattern's `\.` survive. */
function sourceOf(context: BlockContext, label: ListItem["children"][number] | undefined): string {
  const start = label?.position?.start.offset;
  const end = label?.position?.end.offset;
  return start === undefined || end === undefined ? "" : String(context.file.value).slice(start, end).trim();
}

/** Markdown's backslash escapes (`\*` for `*`) undone in a text answer; line breaks become spaces. */
const unescapeText = (raw: string) => raw.replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\s+/g, " ");

function readMatch(context: BlockContext, item: ListItem, caseSensitive: boolean): Match | undefined {
  const [label] = item.children;
  const raw = label?.type === "paragraph" ? sourceOf(context, label) : "";
  const pattern = PATTERN_LITERAL.exec(raw)?.[1];
  if (pattern === undefined) {
    if (raw === "") {
      report(
        context.file,
        "invalid-interaction",
        "Unexpected empty answer, expected text after the checkbox",
        item.position,
      );
      return undefined;
    }
    return { kind: "text", text: unescapeText(raw) };
  }
  const problem = patternProblem(pattern);
  if (problem) {
    report(context.file, "invalid-pattern", `Invalid pattern \`/${pattern}/\`: ${problem}`, label?.position);
    return undefined;
  }
  return { kind: "pattern", source: pattern, flags: caseSensitive ? "u" : "iu" };
}

/**
 * `:::fill-in`: the question, then a task list of answers: `[x]` accepted (text or `/pattern/`),
 * `[ ]` anticipated wrong answers with their feedback.
 */
export const fillIn = defineInteraction({
  type: "fill-in",
  attributes,
  schema,
  modelAnswer: true,
  read(node, attributes, context, parts) {
    if (reportBrokenOptions(context.file, node, isTaskList, "an answer")) return undefined;
    const body = readPromptAndBody(context, node, isTaskList, {
      name: "answers",
      expected: "a task list (`- [x] accepted`, `- [ ] anticipated wrong answer`)",
    });
    if (!body) return undefined;
    const caseSensitive = attributes["case-sensitive"];
    const ids = itemIds(context, body.body.position, body.body.children.length, LETTER_IDS, "answers");
    if (!ids) return undefined;
    const answers = body.body.children.map((item, index) => {
      if (!hasCheckbox(context, item)) return undefined;
      const match = readMatch(context, item, caseSensitive);
      const feedback = readItemFeedback(context, item);
      if (match?.kind === "text" && item.checked && match.text.length > attributes.maxlength) {
        report(
          context.file,
          "invalid-attribute",
          `Unexpected accepted answer of ${match.text.length} characters, expected at most \`maxlength\` ${attributes.maxlength}`,
          item.position,
        );
        return undefined;
      }
      return match ? { id: ids[index] ?? "", correct: item.checked, match, feedback } : undefined;
    });
    const hasCorrect = body.body.children.some((item) => item.checked === true);
    // An item without a readable checkbox (already reported) may be the `[x]` the author meant.
    const allRead = body.body.children.every((item) => typeof item.checked === "boolean");
    if (!hasCorrect && allRead) reportMissingCorrect(context, node);
    if (!hasCorrect || body.prompt.length === 0 || answers.some((answer) => answer === undefined))
      return undefined;
    return {
      prompt: body.prompt,
      answers: answers as FillIn["answers"],
      maxlength: attributes.maxlength,
      caseSensitive,
      modelAnswer: parts.modelAnswer,
    };
  },
});
