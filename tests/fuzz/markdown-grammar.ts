import fc from "fast-check";

/** Short words, including the characters Markdown and directives treat specially. */
const word = fc.oneof(
  fc.constantFrom("Ama", "price", "GH₵", "12.50", "{{shop}}", "{{nope}}", "x", "é", "🧵", "\u0000", "\uFFFD"),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }),
);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));

const inline: fc.Arbitrary<string> = fc.oneof(
  phrase,
  phrase.map((text) => `**${text}**`),
  phrase.map((text) => `_${text}_`),
  phrase.map((text) => `~~${text}~~`),
  phrase.map((text) => `\`${text}\``),
  fc
    .tuple(
      phrase,
      fc.constantFrom("https://example.org", "02-offers.md", "../media/cloth.svg", "#top", "nope.md"),
    )
    .map(([text, url]) => `[${text}](${url})`),
  fc
    .constantFrom("../media/cloth.svg", "media/missing.png", "https://example.org/a.png")
    .map((url) => `![alt](${url})`),
  phrase.map((text) => `:term[${text}]`),
  phrase.map((text) => `:unknown[${text}]{a=1}`),
  fc.constantFrom(
    "<kbd>K</kbd>",
    "<sup>2</sup>",
    "<br>",
    "<span>",
    "</span>",
    "<b",
    "<!-- note -->",
    "&amp;",
    "&#0;",
  ),
  fc.constantFrom("[^1]", "www.example.org", "a@b.co", "\\", "*", "_", "[", "]", "(", "<", "{", "}", ":"),
);

const inlineRun = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

const directiveName = fc.constantFrom(
  "tip",
  "warning",
  "example",
  "takeaway",
  "audio",
  "video",
  "single-choice",
  "multiple-response",
  "true-false",
  "nope",
);
const directiveAttributes = fc.constantFrom(
  "",
  "{id=q_1}",
  '{src="../media/intro.mp3"}',
  '{src="../media/intro.webm" captions="../media/intro.vtt"}',
  "{attempts=2}",
  "{bad",
  "{id=Bad-Id}",
);
const option = fc
  .tuple(fc.constantFrom("[ ]", "[x]", "", "[X]"), inlineRun, fc.option(inlineRun, { nil: undefined }))
  .map(([box, label, feedback]) => `- ${box} ${label}${feedback ? `\n  > ${feedback}` : ""}`);

/** Random Markdown built from the constructs lessons use, nested a few levels through `letrec`. */
export const markdownArbitrary: fc.Arbitrary<string> = fc.letrec<{ block: string; blocks: string }>(
  (tie) => ({
    block: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      inlineRun,
      fc
        .tuple(fc.integer({ min: 1, max: 6 }), inlineRun)
        .map(([level, text]) => `${"#".repeat(level)} ${text}`),
      inlineRun.map((text) => `${text}\n===`),
      fc.constantFrom(
        "---",
        "***",
        "```js\nlet x = 1;\n```",
        "```\nunclosed",
        "| a | b |\n| - | - |\n| 1 | 2 |",
      ),
      tie("blocks").map((inner) => indent(inner, "> ")),
      fc
        .array(tie("blocks"), { minLength: 1, maxLength: 3 })
        .map((items) => items.map((item) => indent(item, "  ").replace(/^ {2}/, "- ")).join("\n")),
      fc.array(option, { minLength: 0, maxLength: 4 }).map((options) => options.join("\n")),
      fc
        .tuple(directiveName, directiveAttributes, tie("blocks"), fc.boolean())
        .map(
          ([name, attributes, inner, closed]) => `:::${name}${attributes}\n${inner}${closed ? "\n:::" : ""}`,
        ),
      fc
        .tuple(fc.constantFrom("hint", "feedback", "nope"), inlineRun)
        .map(([name, text]) => `::${name}[${text}]`),
      fc.constantFrom(
        "<details><summary>More</summary>\n\nHidden\n\n</details>",
        "<div>\n\n*x*\n\n</div>",
        "<!--\nopen comment",
      ),
      inlineRun.map((text) => `[ref]: ${text}`),
    ),
    blocks: fc.array(tie("block"), { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join("\n\n")),
  }),
).blocks;
