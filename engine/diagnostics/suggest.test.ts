import { describe, expect, it } from "vitest";
import { closest, didYouMean } from "./suggest.ts";

describe("closest", () => {
  it.each([
    ["license", ["licence", "lang", "title"], "licence"],
    ["singel-choice", ["single-choice", "multiple-response"], "single-choice"],
    ["shop-name", ["shop_name", "price"], "shop_name"],
    ["media/jar.SVG", ["media/jar.svg", "media/pot.svg"], "media/jar.svg"],
    ["Momo", ["MoMo", "margin"], "MoMo"],
  ])("suggests %s → %s", (input, candidates, expected) => {
    expect(closest(input, candidates as string[])).toBe(expected);
  });

  it("suggests nothing when no candidate is close enough to be a typo", () => {
    expect(closest("colour", ["title", "licence"])).toBeUndefined();
    expect(closest("ab", ["xy"])).toBeUndefined();
    expect(closest("anything", [])).toBeUndefined();
  });

  it("phrases the suggestion for a message", () => {
    expect(didYouMean("license", ["licence"])).toBe("; did you mean `licence`?");
    expect(didYouMean("zzz", ["licence"])).toBe("");
  });
});
