import type { List, ListItem, RootContent } from "mdast";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
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
  type: z.literal("categorise"),
  prompt: richTextSchema,
  /** Buckets `1`…`9` in source order. */
  buckets: z.array(contentItemSchema).min(2),
  /** Cards `a`…`z` in source order (the player shuffles them), each with its bucket's id. */
  cards: z.array(contentItemSchema.extend({ bucket: letterIdSchema })).min(2),
  scoring: scoringSchema,
});
export type Categorise = z.infer<typeof schema>;

const isBulletList = (node: RootContent): node is List => node.type === "list" && node.ordered !== true;

interface BucketSource {
  label: RichText;
  cards: ListItem[];
}

/** A bucket item: its label paragraph, then one nested list of cards. */
function readBucket(context: BlockContext, item: ListItem): BucketSource {
  const [first, ...others] = item.children;
  const label = first?.type === "paragraph" ? first : undefined;
  const rest = label ? others : item.children;
  const cards: ListItem[] = [];
  for (const child of rest) {
    if (child.type === "list") cards.push(...child.children);
    else
      report(
        context.file,
        "invalid-interaction",
        `Unexpected ${child.type} in a bucket, expected its cards as a nested list`,
        child.position,
      );
  }
  return { label: label ? context.toRichText([label]) : [], cards };
}

/** `:::categorise`: top-level list items are buckets; their nested items are the cards that belong there. */
export const categorise = defineInteraction({
  type: "categorise",
  attributes: scoredAttributes,
  schema,
  read(node, attributes, context) {
    const parts = readPromptAndBody(context, node, isBulletList, {
      name: "buckets",
      expected: "a list of buckets, each with its cards as a nested list",
    });
    if (!parts) return undefined;
    const buckets = parts.body.children.map((item) => readBucket(context, item));
    const place = parts.body.position;
    const cardCount = buckets.reduce((sum, bucket) => sum + bucket.cards.length, 0);
    if (buckets.length < 2 || cardCount < 2) {
      const problem = buckets.length < 2 ? `${buckets.length} bucket` : `${cardCount} card`;
      report(context.file, "invalid-interaction", `Unexpected ${problem}, expected at least 2`, place);
      return undefined;
    }
    const unnamed = parts.body.children.filter((_, index) => buckets[index]?.label.length === 0);
    for (const item of unnamed) {
      report(
        context.file,
        "invalid-interaction",
        "Unexpected bucket without a name, expected `- Name`",
        item.position,
      );
    }
    const bucketIds = itemIds(context, place, buckets.length, DIGIT_IDS, "buckets");
    const cardIds = itemIds(context, place, cardCount, LETTER_IDS, "cards");
    if (!bucketIds || !cardIds || unnamed.length > 0 || parts.prompt.length === 0) return undefined;
    const cards = buckets.flatMap((bucket, index) =>
      bucket.cards.map((card) => ({
        content: context.toRichText(card.children),
        bucket: bucketIds[index] ?? "",
      })),
    );
    return {
      prompt: parts.prompt,
      buckets: buckets.map((bucket, index) => ({ id: bucketIds[index] ?? "", content: bucket.label })),
      cards: cards.map((card, index) => ({ id: cardIds[index] ?? "", ...card })),
      scoring: attributes.scoring,
    };
  },
});
