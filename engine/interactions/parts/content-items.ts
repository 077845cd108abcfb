import type { ListItem } from "mdast";
import { z } from "zod";
import { type Place, report } from "../../diagnostics/report.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { richTextSchema } from "../../model/hast.ts";
import { letterIdSchema } from "../choice/options.ts";

/** An item the learner sees (a poll answer, a step, a bucket…): its one-character id and its text. */
export const contentItemSchema = z.strictObject({ id: letterIdSchema, content: richTextSchema });
export type ContentItem = z.infer<typeof contentItemSchema>;

/** List items as content items, each with the id itemIds gave it (same order). */
export function readContentItems(
  context: BlockContext,
  items: readonly ListItem[],
  ids: readonly string[],
): ContentItem[] {
  return items.map((item, index) => ({ id: ids[index] ?? "", content: context.toRichText(item.children) }));
}

/** Reports a list of one (`Unexpected single step, expected at least 2`); true when there are 2 or more. */
export function hasAtLeastTwo(context: BlockContext, count: number, noun: string, place: Place): boolean {
  if (count >= 2) return true;
  report(context.file, "invalid-interaction", `Unexpected single ${noun}, expected at least 2`, place);
  return false;
}
