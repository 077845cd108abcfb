import { describe, expect, it } from "vitest";
import { interactionFrom, judge, pairs } from "../scoring-testing.ts";

const sort = interactionFrom(
  "categorise",
  ':::categorise{scoring=partial}\nSort each message.\n\n- Scam\n  - "You won GH₵ 500!"\n  - "Wrong transfer, send it back."\n- Safe\n  - "Your order is ready."\n:::\n',
);
const right = sort.cards.map((card): [string, string] => [card.id, card.bucket]);

describe("categorise scoring and tracking", () => {
  it("is right when every card is in its bucket", () => {
    expect(judge(sort, pairs(...right)).result.correct).toBe(true);
  });

  it("gives the share of cards placed rightly and names the misplaced ones", () => {
    const [first, second, third] = right;
    if (!first || !second || !third) throw new Error("fixture");
    const wrongBucket = sort.buckets.find((bucket) => bucket.id !== third[1])?.id ?? "";
    const { result, tracked } = judge(sort, pairs(first, second, [third[0], wrongBucket]));
    expect(result).toMatchObject({ score: 2 / 3, feedbackIds: [third[0]] });
    expect(tracked).toMatchObject({
      type: "matching",
      correctResponses: [{ kind: "matching", pairs: right }],
    });
  });

  it("needs every card placed to submit", () => {
    expect(judge(sort, pairs(...right.slice(1))).answerable).toBe(false);
  });
});
