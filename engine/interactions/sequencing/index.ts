import type { List, RootContent } from "mdast";
import { z } from "zod";
import { richTextSchema } from "../../model/hast.ts";
import {
  baseInteractionSchema,
  defineInteraction,
  scoredAttributes,
  scoringSchema,
} from "../interaction-slice.ts";
import { contentItemSchema, hasAtLeastTwo, readContentItems } from "../parts/content-items.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { readPromptAndBody } from "../parts/prompt.ts";

const schema = baseInteractionSchema.extend({
  type: z.literal("sequencing"),
  prompt: richTextSchema,
  /** The steps in the correct order, ids `a`…`z`; the player shuffles them. */
  steps: z.array(contentItemSchema).min(2),
  scoring: scoringSchema,
});
export type Sequencing = z.infer<typeof schema>;

const isOrderedList = (node: RootContent): node is List => node.type === "list" && node.ordered === true;

/** `:::sequencing`: the ordered list is the correct order. */
export const sequencing = defineInteraction({
  type: "sequencing",
  attributes: scoredAttributes,
  schema,
  read(node, attributes, context) {
    const parts = readPromptAndBody(context, node, isOrderedList, {
      name: "steps",
      expected: "an ordered list (`1. First step`) in the right order",
    });
    if (!parts) return undefined;
    const items = parts.body.children;
    if (!hasAtLeastTwo(context, items.length, "step", parts.body.position)) return undefined;
    const ids = itemIds(context, parts.body.position, items.length, LETTER_IDS, "steps");
    if (!ids || parts.prompt.length === 0) return undefined;
    return {
      prompt: parts.prompt,
      steps: readContentItems(context, items, ids),
      scoring: attributes.scoring,
    };
  },
});
