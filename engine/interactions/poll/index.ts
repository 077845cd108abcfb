import type { List, RootContent } from "mdast";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { richTextSchema } from "../../model/hast.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { contentItemSchema, hasAtLeastTwo, readContentItems } from "../parts/content-items.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { readPromptAndBody } from "../parts/prompt.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("poll"),
  prompt: richTextSchema,
  /** Answers `a`…`z` in source order (a Likert scale keeps its order); none is right. */
  options: z.array(contentItemSchema).min(2),
});
export type Poll = z.infer<typeof schema>;

const isList = (node: RootContent): node is List => node.type === "list";

/** `:::poll`: the question, then a plain list of answers; unscored. */
export const poll = defineInteraction({
  type: "poll",
  attributes: baseInteractionAttributes,
  schema,
  read(node, _attributes, context) {
    const parts = readPromptAndBody(context, node, isList, {
      name: "options",
      expected: "a plain list (`- Ready`)",
    });
    if (!parts) return undefined;
    const items = parts.body.children;
    for (const item of items.filter((candidate) => typeof candidate.checked === "boolean")) {
      const expected = "expected a plain list item (`- Ready`): a poll has no right answer";
      report(
        context.file,
        "invalid-interaction",
        `Unexpected checkbox in \`:::poll\`, ${expected}`,
        item.position,
      );
    }
    const enough = hasAtLeastTwo(context, items.length, "option", parts.body.position);
    const ids = itemIds(context, parts.body.position, items.length, LETTER_IDS, "options");
    if (
      !ids ||
      !enough ||
      parts.prompt.length === 0 ||
      items.some((item) => typeof item.checked === "boolean")
    ) {
      return undefined;
    }
    return { prompt: parts.prompt, options: readContentItems(context, items, ids) };
  },
});
