import type { RootContent, Table, TableCell } from "mdast";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { inlineRichText } from "../../directives/inline.ts";
import { type RichText, richTextSchema } from "../../model/hast.ts";
import { letterIdSchema } from "../choice/options.ts";
import {
  baseInteractionSchema,
  defineInteraction,
  scoredAttributes,
  scoringSchema,
} from "../interaction-slice.ts";
import { contentItemSchema } from "../parts/content-items.ts";
import { DIGIT_IDS, itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { readPromptAndBody } from "../parts/prompt.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("matching"),
  prompt: richTextSchema,
  /** The table's header cells, e.g. "Problem" and "Fix" (may be empty). */
  labels: z.strictObject({ source: richTextSchema, target: richTextSchema }),
  /** Left items `1`…`9`, each with the id of its right match. */
  sources: z.array(contentItemSchema.extend({ target: letterIdSchema })).min(2),
  /** Right items `a`…`z`: the matches (identical cells share one) and the distractors. */
  targets: z.array(contentItemSchema).min(2),
  scoring: scoringSchema,
});
export type Matching = z.infer<typeof schema>;

const isTable = (node: RootContent): node is Table => node.type === "table";

function cellText(context: BlockContext, cell: TableCell | undefined): RichText {
  return cell ? inlineRichText(context, cell.children) : [];
}

/** Right cells with the same content are one target, so two problems can share a fix. */
function targetIdOf(targets: Array<{ content: RichText }>, content: RichText): number {
  const key = JSON.stringify(content);
  const found = targets.findIndex((target) => JSON.stringify(target.content) === key);
  return found >= 0 ? found : targets.push({ content }) - 1;
}

/**
 * `:::matching`: a table whose rows pair a left item with its right match; a row with an empty
 * left cell adds a distractor.
 */
export const matching = defineInteraction({
  type: "matching",
  attributes: scoredAttributes,
  schema,
  read(node, attributes, context) {
    const parts = readPromptAndBody(context, node, isTable, {
      name: "pairs",
      expected: "a table of two columns (`| Problem | Fix |`), one pair per row",
    });
    if (!parts) return undefined;
    const [header, ...rows] = parts.body.children;
    const pairs: Array<{ content: RichText; target: RichText }> = [];
    const targets: Array<{ content: RichText }> = [];
    let valid = true;
    for (const row of rows) {
      const [left, right, ...extra] = row.children;
      const source = cellText(context, left);
      const target = cellText(context, right);
      if (extra.some((cell) => cell.children.length > 0) || target.length === 0) {
        const problem = target.length === 0 ? "a row without a right cell" : "a row of more than two cells";
        report(
          context.file,
          "invalid-interaction",
          `Unexpected ${problem}, expected \`| left | right |\``,
          row.position,
        );
        valid = false;
        continue;
      }
      targetIdOf(targets, target);
      if (source.length > 0) pairs.push({ content: source, target });
    }
    if (pairs.length < 2) {
      report(
        context.file,
        "invalid-interaction",
        `Unexpected ${pairs.length} pairs, expected at least 2`,
        parts.body.position,
      );
      return undefined;
    }
    const sourceIds = itemIds(context, parts.body.position, pairs.length, DIGIT_IDS, "matching rows");
    const targetIds = itemIds(context, parts.body.position, targets.length, LETTER_IDS, "right items");
    if (!sourceIds || !targetIds || !valid || parts.prompt.length === 0) return undefined;
    return {
      prompt: parts.prompt,
      labels: {
        source: cellText(context, header?.children[0]),
        target: cellText(context, header?.children[1]),
      },
      sources: pairs.map((pair, index) => ({
        id: sourceIds[index] ?? "",
        content: pair.content,
        target: targetIds[targetIdOf(targets, pair.target)] ?? "",
      })),
      targets: targets.map((target, index) => ({ id: targetIds[index] ?? "", content: target.content })),
      scoring: attributes.scoring,
    };
  },
});
