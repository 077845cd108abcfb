import type { List, RootContent } from "mdast";
import { z } from "zod";
import { richTextSchema } from "../../model/hast.ts";
import { reportBrokenOptions } from "../choice/broken-options.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { contentItemSchema, readContentItems } from "../parts/content-items.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { readPromptAndBody } from "../parts/prompt.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("checklist"),
  prompt: richTextSchema,
  /** Items `a`…`z`; the learner ticks what they have done. Nothing is right or wrong. */
  items: z.array(contentItemSchema).min(1),
});
export type Checklist = z.infer<typeof schema>;

const isList = (node: RootContent): node is List => node.type === "list";

/** `:::checklist`: the intro, then a list (`- [ ] item`) the learner ticks; unscored. */
export const checklist = defineInteraction({
  type: "checklist",
  attributes: baseInteractionAttributes,
  schema,
  read(node, _attributes, context) {
    if (reportBrokenOptions(context.file, node, isList, "an item")) return undefined;
    const parts = readPromptAndBody(context, node, isList, {
      name: "items",
      expected: "a list (`- [ ] a clear photo`)",
    });
    if (!parts) return undefined;
    const ids = itemIds(context, parts.body.position, parts.body.children.length, LETTER_IDS, "items");
    if (!ids || parts.prompt.length === 0) return undefined;
    return { prompt: parts.prompt, items: readContentItems(context, parts.body.children, ids) };
  },
});
