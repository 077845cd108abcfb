import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../parse/processor.ts";
import { countSyllables, measureReadingLevel, measureUnits, proseUnits } from "./reading-level.ts";

const tree = (markdown: string) => parseMarkdown(new VFile({ path: "lesson.md", value: markdown }));

describe("countSyllables", () => {
  it.each([
    ["cat", 1],
    ["make", 1],
    ["table", 2],
    ["people", 2],
    ["used", 1],
    ["wanted", 2],
    ["customer", 3],
    ["business", 3],
    ["information", 4],
    ["45", 1],
  ])("%s has %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe("measureUnits", () => {
  it("applies the Flesch–Kincaid formula", () => {
    // 4 words, 1 sentence, 3 + 1 + 1 + 2 syllables: 0.39 × 4 + 11.8 × 7 / 4 − 15.59 = 6.62
    expect(measureUnits(["Customers like clear photos."])).toEqual({
      grade: 6.6,
      words: 4,
      sentences: 1,
      syllables: 7,
    });
  });

  it("does not end a sentence at a decimal point", () => {
    expect(measureUnits(["It costs GH₵ 12.50 today. Pay now."]).sentences).toBe(2);
  });

  it("rates long sentences of long words above grade 9", () => {
    const hard =
      "Comprehensive organisational documentation substantially facilitates operational " +
      "communication between independent entrepreneurial enterprises and institutional customers.";
    expect(measureUnits([hard]).grade).toBeGreaterThan(9);
  });
});

describe("proseUnits", () => {
  it("skips code, comments and URLs but keeps link text", () => {
    const units = proseUnits(
      tree(
        "Visit [the help page](https://example.org) or https://example.org now.\n\n" +
          "```\nconst secret = 1;\n```\n\n<!-- source: a, 2024 -->\n\nUse `code` here.",
      ),
    );
    expect(units).toEqual(["Visit the help page or now.", "Use here."]);
  });

  it("treats each list item and heading as its own sentence", () => {
    const level = measureReadingLevel(tree("## Why sell online\n\n- a clear photo\n- the price in GH₵"));
    expect(level.sentences).toBe(3);
  });

  it("reads a variable as its name", () => {
    expect(proseUnits(tree("Pay with {{momo_name}} today."))).toEqual(["Pay with momo name today."]);
  });
});
