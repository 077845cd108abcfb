import { shuffledOrder } from "../../machines/draw.ts";

/**
 * The order a lesson shows shuffled items in: stable for an interaction (the same on every visit
 * and device), and, with `avoidSourceOrder` (sequencing), never the source order, which is the answer.
 */
export function displayOrder<Item extends { id: string }>(
  items: readonly Item[],
  interactionId: string,
  avoidSourceOrder = false,
): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const order = shuffledOrder([...byId.keys()], 0, interactionId).flatMap((id) => byId.get(id) ?? []);
  if (avoidSourceOrder && order.length > 1 && order.every((item, index) => item === items[index])) {
    return [...order.slice(1), ...order.slice(0, 1)];
  }
  return order;
}
