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
    expect(measureUnits(["Customers like clear photos."])).toMatchObject({
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
  const texts = (markdown: string) => proseUnits(tree(markdown)).map((unit) => unit.text);

  it("skips code, comments and URLs but keeps link text", () => {
    expect(
      texts(
        "Visit [the help page](https://example.org) or https://example.org now.\n\n" +
          "```\nconst secret = 1;\n```\n\n<!-- source: a, 2024 -->\n\nUse `code` here.",
      ),
    ).toEqual(["Visit the help page or now.", "Use here."]);
  });

  it("reads a variable as its name", () => {
    expect(texts("Pay with {{momo_name}} today.")).toEqual(["Pay with momo name today."]);
  });

  it("marks list items and table cells as fragments, with where each unit starts", () => {
    const units = proseUnits(tree("Intro.\n\n- a photo\n\n| A | B |\n| --- | --- |\n| x | y |"));
    expect(units.map(({ fragment, start }) => [fragment, start?.line])).toEqual([
      [false, 1],
      [true, 3],
      [true, 5],
      [true, 5],
      [true, 7],
      [true, 7],
    ]);
  });
});

describe("measureReadingLevel", () => {
  const hard =
    "Comprehensive organisational documentation facilitates the systematic identification of administrative " +
    "responsibilities, operational dependencies and international regulatory obligations.";

  it("counts a heading as a sentence but not list items or table cells without a full stop", () => {
    const level = measureReadingLevel(
      tree(
        "## Why sell online\n\n- a clear photo\n- the price in GH₵\n\n| Item | Price |\n| --- | --- |\n| Bag | 45 |",
      ),
    );
    expect(level).toMatchObject({ words: 3, sentences: 1 });
  });

  it("counts the full sentences of a list item and drops the fragment after them", () => {
    const level = measureReadingLevel(tree("- Open the app. Tap Settings. then more words"));
    expect(level).toMatchObject({ words: 5, sentences: 2 });
  });

  it("does not let a table and a list hide a hard paragraph", () => {
    const cells = Array.from({ length: 20 }, (_, row) => `| Item ${row} | GH₵ ${row} |`).join("\n");
    const markdown = `Ama sells bags.\n\n| Item | Price |\n| --- | --- |\n${cells}\n\n- one\n- two\n\n${hard}`;
    expect(measureReadingLevel(tree(markdown)).grade).toBeGreaterThan(20);
  });

  it("locates the paragraph that raises the grade most, not a short hard heading", () => {
    const markdown = `## Verification\n\nAma sells bags. She takes a photo.\n\nShe posts it.\n\n${hard}\n\nThen she waits.`;
    const { hardest } = measureReadingLevel(tree(markdown));
    expect(hardest?.start?.line).toBe(7);
    expect(hardest?.grade).toBe(39.3);
  });

  it("has no hardest unit without words", () => {
    expect(measureReadingLevel(tree("- a\n- b")).hardest).toBeUndefined();
  });
});
