import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BODY_LINE,
  compileLesson,
  LESSON,
  renderModel,
  renderRichText,
  sanitizeMarkdown,
  unsafeParts,
} from "../fuzz/html-safety-support.ts";

/** Each case: Markdown for a lesson body, and where (line, column within that body) it must be rejected. */
const rejected: Array<[name: string, markdown: string, line: number, column: number]> = [
  ["script element", "<script>alert(1)</script>", 1, 1],
  ["event handler on an image", "Text <img src=x onerror=alert(1)> more", 1, 6],
  ["event handler on svg", "<svg onload=alert(1)></svg>", 1, 1],
  ["javascript: link", '<a href="javascript:alert(1)">x</a>', 1, 1],
  ["javascript: behind a tab entity", 'See <a href="jav&#x09;ascript:alert(1)">x</a>', 1, 5],
  ["javascript: behind leading spaces", '<a href="   javascript:alert(1)">x</a>', 1, 1],
  ["JAVASCRIPT: in upper case", '<a href="JAVASCRIPT:alert(1)">x</a>', 1, 1],
  ["javascript: with an encoded first letter", '<a href="&#106;avascript:alert(1)">x</a>', 1, 1],
  ["javascript: on the second line of a block", '<div>\n<a href="javascript:alert(1)">x</a>\n</div>', 2, 1],
  ["Markdown link", "Go [there](javascript:alert(1)).", 1, 4],
  ["Markdown link in mixed case", "[there](JaVaScRiPt:alert(1))", 1, 1],
  ["Markdown link with an entity in the scheme", "[there](jav&#x61;script:alert(1))", 1, 1],
  ["Markdown link in angle brackets", "[there](<javascript:alert(1)>)", 1, 1],
  ["Markdown image", "![A cat](javascript:alert(1))", 1, 1],
  ["Markdown autolink", "Visit <javascript:alert(1)> now", 1, 7],
  ["Markdown definition", "[there][x]\n\n[x]: javascript:alert(1)", 3, 1],
  ["iframe from another origin", '<iframe src="https://other.example/"></iframe>', 1, 1],
  ["protocol-relative iframe", '<iframe src="//other.example/"></iframe>', 1, 1],
  ["data:text/html link", '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 1, 1],
  ["vbscript: link", '<a href="vbscript:msgbox(1)">x</a>', 1, 1],
  ["object", '<object data="x.swf"></object>', 1, 1],
  ["embed", '<embed src="x.swf">', 1, 1],
  ["base", '<base href="https://evil.example/">', 1, 1],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 1, 1],
  ["form posting to javascript:", '<form action="javascript:alert(1)"><button>Go</button></form>', 1, 1],
  ["button with formaction", 'Press <button formaction="javascript:alert(1)">Go</button>', 1, 7],
  ["split script tag", "<scr<script>ipt>alert(1)</script>", 1, 5],
  ["script in a callout", ":::tip\nRead <script>alert(1)</script> this.\n:::", 2, 6],
  [
    "event handler in an interaction option",
    ":::single-choice\nPick one.\n\n- [x] <img src=x onerror=alert(1)>\n- [ ] No\n:::",
    4,
    7,
  ],
  [
    "script in option feedback",
    ":::single-choice\nPick one.\n\n- [x] Yes\n  > <script>alert(1)</script>\n- [ ] No\n:::",
    5,
    5,
  ],
];

describe("raw HTML and URLs that could run script", () => {
  it.each(rejected)("rejects %s with a located unsafe-html error", (_name, markdown, line, column) => {
    const { model, diagnostics } = compileLesson(markdown);
    const unsafe = diagnostics.filter((diagnostic) => diagnostic.ruleId === "unsafe-html");
    expect(model).toBeUndefined();
    expect(
      unsafe.map(({ file, line, column, severity }) => ({ file, line, column, severity })),
    ).toContainEqual({
      file: `course/${LESSON}`,
      line: BODY_LINE + line - 1,
      column,
      severity: "error",
    });
  });

  it("strips what it rejects from the rich text too, so nothing unsafe reaches a page", () => {
    for (const [name, markdown] of rejected) {
      expect(unsafeParts(renderRichText(sanitizeMarkdown(markdown))), name).toEqual([]);
    }
  });
});

describe("safe HTML", () => {
  it("keeps keyboard keys, superscripts, line breaks and disclosure widgets", () => {
    const { model, diagnostics } = compileLesson(
      "Press <kbd>Ctrl</kbd>+<kbd>S</kbd>, x<sup>2</sup><br>next\n\n<details><summary>More</summary>\n\nHidden text\n\n</details>",
    );
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const html = renderModel(model ?? ({} as never)).join("\n");
    for (const tag of ["<kbd>Ctrl</kbd>", "<sup>2</sup>", "<br>", "<details>", "<summary>More</summary>"]) {
      expect(html).toContain(tag);
    }
  });

  it("allows an iframe-free page to link to web pages and other lessons", () => {
    const { model, diagnostics } = compileLesson("[Web](https://example.org) and [next](02-offers.md)");
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(renderModel(model ?? ({} as never)).join("\n")).toContain('href="https://example.org"');
  });
});

/** HTML-ish text built from the pieces attacks are made of. */
const attackPiece = fc.constantFrom(
  "<script>",
  "</script>",
  "<scr",
  "ipt>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<iframe src=https://other.example>",
  "<iframe srcdoc='<script>alert(1)</script>'>",
  '<a href="',
  "javascript:",
  "jav&#x09;ascript:",
  "&#106;avascript:",
  "JaVaScRiPt:",
  "data:text/html,",
  '">',
  "alert(1)",
  "<math><mi xlink:href='javascript:alert(1)'>",
  "<style>*{}</style>",
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<object data=x>",
  "<embed src=x>",
  "<base href=//evil>",
  "<form action=javascript:alert(1)>",
  "<input formaction=javascript:alert(1)>",
  "<!--",
  "-->",
  "<![CDATA[",
  "<kbd>",
  "</kbd>",
  "[x](",
  "![y](",
  ")",
  "<",
  ">",
  "'",
  '"',
  " ",
  "\n",
  "\n\n",
  "` ",
  ":::tip\n",
  "\n:::\n",
);
const htmlish = fc
  .array(fc.oneof(attackPiece, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.join(""));

describe("anything an author writes", () => {
  it("never reaches a learner's page as script, event handler, script URL or remote frame", () => {
    fc.assert(
      fc.property(htmlish, (markdown) => {
        expect(unsafeParts(renderRichText(sanitizeMarkdown(markdown)))).toEqual([]);
        const { model } = compileLesson(markdown);
        for (const html of model ? renderModel(model) : []) expect(unsafeParts(html)).toEqual([]);
      }),
      { numRuns: 150, seed: 20_261_125 },
    );
  });
});
