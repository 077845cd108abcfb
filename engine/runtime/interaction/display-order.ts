import { shuffledOrder } from "../../machines/draw.ts";

/**
 * The order shuffled items are shown in: stable for an interaction and seed (the same on every visit
 * and device; lessons use seed 0, the assessment its attempt's seed), and, with `avoidSourceOrder`
 * (sequencing), never the source order, which is the answer.
 */
export function displayOrder<Item extends { id: string }>(
  items: readonly Item[],
  interactionId: string,
  seed = 0,
  avoidSourceOrder = false,
): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const order = shuffledOrder([...byId.keys()], seed, interactionId).flatMap((id) => byId.get(id) ?? []);
  if (avoidSourceOrder && order.length > 1 && order.every((item, index) => item === items[index])) {
    return [...order.slice(1), ...order.slice(0, 1)];
  }
  return order;
}
