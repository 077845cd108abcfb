import { describe, expect, it } from "vitest";
import { hashKey, KEY_LENGTH, keyIndex } from "./keys.ts";

/** Two different ids with the same key, found by search (FNV-1a over short ids collides rarely). */
function findClash(): [string, string] {
  const seen = new Map<string, string>();
  for (let n = 0; ; n++) {
    const id = `m.l.q_${n}`;
    const other = seen.get(hashKey(id));
    if (other) return [other, id];
    seen.set(hashKey(id), id);
  }
}

describe("record keys", () => {
  it("are fixed-width base 36 and stable", () => {
    expect(hashKey("shop.prices.single_choice_1")).toMatch(new RegExp(`^[0-9a-z]{${KEY_LENGTH}}$`));
    expect(hashKey("shop.prices.single_choice_1")).toBe(hashKey("shop.prices.single_choice_1"));
    expect(hashKey("shop.prices.single_choice_1")).not.toBe(hashKey("shop.prices.single_choice_2"));
  });

  it("leave clashing ids out of the index instead of mixing their progress", () => {
    const [first, second] = findClash();
    const index = keyIndex([first, second, "other.id"]);
    expect(index.has(hashKey(first))).toBe(false);
    expect(index.get(hashKey("other.id"))).toBe("other.id");
  });
});
