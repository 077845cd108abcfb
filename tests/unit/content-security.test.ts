import { describe, expect, it } from "vitest";
import { collectDiagnostics } from "../../engine/diagnostics/format.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { svgProblem } from "../../engine/model/media-safety.ts";
import { cssUrls, srcsetUrls } from "../../engine/model/urls.ts";
import { createCourseSource } from "../../engine/source/course-source.ts";
import { BODY_LINE, compileLesson as compile, LESSON } from "../fuzz/html-safety-support.ts";
import { courseEntries, seedFiles } from "../fuzz/seed-course.ts";

const PLAIN_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';

/** Each case: lesson body, extra media, the rule and where in the body (line, column) it is reported. */
const refused: Array<[string, string, Record<string, string>, string, number, number]> = [
  [
    "remote srcset in <picture><source>",
    '<picture><source srcset="https://evil.example/a.png 2x"><img src="../media/ok.svg" alt="A jar"></picture>',
    { "media/ok.svg": PLAIN_SVG },
    "missing-media",
    1,
    10,
  ],
  [
    "remote srcset on <img>",
    'Look <img src="../media/ok.svg" srcset="//evil.example/a.png" alt="A">',
    { "media/ok.svg": PLAIN_SVG },
    "missing-media",
    1,
    6,
  ],
  [
    "remote poster",
    '<video src="../media/intro.mp3" poster="https://evil.example/p.png"></video>',
    {},
    "missing-media",
    1,
    1,
  ],
  [
    "CSS url() in a style attribute",
    '<p style="background:url(https://evil.example/x.png)">Hi</p>',
    {},
    "missing-media",
    1,
    1,
  ],
  [
    "escaped CSS url() in a style attribute",
    '<p style="background:\\75 rl(https://evil.example/x.png)">Hi</p>',
    {},
    "missing-media",
    1,
    1,
  ],
  [
    "@import in a <style> element",
    '<style>@import "https://evil.example/x.css";</style>',
    {},
    "missing-media",
    1,
    1,
  ],
  [
    "image-set() in a <style> element",
    '<style>p{background:image-set("https://evil.example/x.png" 1x)}</style>',
    {},
    "missing-media",
    1,
    1,
  ],
  [
    "SVG <image> from another site",
    '<svg><image href="https://evil.example/x.png"/></svg>',
    {},
    "missing-media",
    1,
    6,
  ],
  ["<body onload> (dropped by a fragment parse)", "Text\n\n<body onload=alert(1)>", {}, "unsafe-html", 3, 1],
  [
    "ping on a link",
    '<a href="https://example.org" ping="https://evil.example/p">x</a>',
    {},
    "missing-media",
    1,
    1,
  ],
  ["<link> stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">', {}, "unsafe-html", 1, 1],
  [
    "script URL in srcset",
    '<img src="../media/ok.svg" srcset="javascript:alert(1)" alt="A">',
    { "media/ok.svg": PLAIN_SVG },
    "unsafe-html",
    1,
    1,
  ],
  [
    "HTML page linked as media",
    "Read [this](../media/page.html).",
    { "media/page.html": "<script>alert(1)</script>" },
    "active-media",
    1,
    6,
  ],
  ["script linked as media", "Get [it](../media/x.js).", { "media/x.js": "alert(1)" }, "active-media", 1, 5],
  [
    "media without an extension",
    "Read [this](../media/page).",
    { "media/page": "<script>alert(1)</script>" },
    "active-media",
    1,
    6,
  ],
  ["compressed SVG", "![A jar](../media/x.svgz)", { "media/x.svgz": "\u001f\u008b" }, "active-media", 1, 1],
  ["XML (XSLT) as media", "![A jar](../media/x.XML)", { "media/x.XML": "<x/>" }, "active-media", 1, 1],
  [
    "iframe of a course HTML page",
    '<iframe src="../media/p.htm"></iframe>',
    { "media/p.htm": "<p>x</p>" },
    "active-media",
    1,
    1,
  ],
  [
    "SVG with <script>",
    "![A jar](../media/x.svg)",
    { "media/x.svg": "<svg><script>alert(1)</script></svg>" },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with onload",
    "![A jar](../media/x.svg)",
    { "media/x.svg": '<svg onload="alert(1)"/>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with foreignObject",
    "![A jar](../media/x.svg)",
    { "media/x.svg": "<svg><foreignObject><p>x</p></foreignObject></svg>" },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with an external image",
    "![A jar](../media/x.svg)",
    { "media/x.svg": '<svg><image href="https://evil.example/x.png"/></svg>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with a javascript: link",
    "![A jar](../media/x.svg)",
    { "media/x.svg": '<svg><a xlink:href="javascript:alert(1)"><rect/></a></svg>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with a remote CSS fill",
    "![A jar](../media/x.svg)",
    { "media/x.svg": '<svg><rect fill="url(https://evil.example/#g)"/></svg>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with an @import",
    "![A jar](../media/x.svg)",
    { "media/x.svg": "<svg><style>@import url(//evil.example/x.css);</style></svg>" },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG that animates an href",
    "![A jar](../media/x.svg)",
    { "media/x.svg": '<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "SVG with an entity",
    "![A jar](../media/x.svg)",
    { "media/x.svg": '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg>&x;</svg>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "scripted SVG in raw HTML <img>",
    '<img src="../media/x.svg" alt="A">',
    { "media/x.svg": '<svg onclick="alert(1)"/>' },
    "unsafe-svg",
    1,
    1,
  ],
  [
    "scripted SVG as audio directive source",
    ':::audio{src="../media/x.svg"}\nSpoken words.\n:::',
    { "media/x.svg": "<svg><script>1</script></svg>" },
    "unsafe-svg",
    1,
    1,
  ],
];

describe("content that would load another site or run script from media", () => {
  it.each(refused)("refuses %s with a located error", (_name, body, media, ruleId, line, column) => {
    const { model, diagnostics } = compile(body, media);
    expect(model).toBeUndefined();
    expect(
      diagnostics.map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column })),
    ).toContainEqual({
      ruleId,
      file: `course/${LESSON}`,
      line: BODY_LINE + line - 1,
      column,
    });
  });

  it("accepts plain SVGs, internal references, course srcsets and course CSS urls", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"/></defs>' +
      '<rect fill="url(#g)"/><use xlink:href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/>' +
      '<animate attributeName="opacity" values="0;1"/></svg>';
    const body =
      '![A jar](../media/ok.svg)\n\n<picture><source srcset="../media/ok.svg 1x, ../media/ok.svg 2x"><img src="../media/ok.svg" alt="A jar"></picture>\n\n<p style="background:url(../media/ok.svg)">Hi</p>';
    const { model, diagnostics } = compile(body, { "media/ok.svg": svg });
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(model?.media.map((media) => media.path)).toContain("media/ok.svg");
  });

  it("refuses a javascript: link in the course credits, at its YAML key", () => {
    const course = seedFiles["course.md"]?.replace(
      /^---\n/,
      '---\ncredits:\n  - what: Photo\n    url: "javascript:alert(document.domain)"\n',
    );
    const entries = courseEntries({ ...seedFiles, "course.md": course ?? "" });
    const { model, files } = compileCourse(createCourseSource("course", entries));
    const { diagnostics } = collectDiagnostics(files, process.cwd());
    expect(model).toBeUndefined();
    expect(diagnostics.map(({ ruleId, file, line }) => ({ ruleId, file, line }))).toContainEqual({
      ruleId: "invalid-frontmatter",
      file: "course/course.md",
      line: 4,
    });
  });
});

describe("URL extraction", () => {
  it("finds every candidate of a srcset and every CSS url", () => {
    expect(srcsetUrls("a.png 1x, b.png 2x,c.png")).toEqual(["a.png", "b.png", "c.png"]);
    expect(cssUrls(`a{b:url( "x" )} @import 'y'; c:url(z) d:\\75 rl(w) e:image-set("v" 1x)`)).toEqual([
      "x",
      "z",
      "w",
      "y",
      "v",
    ]);
  });

  it("finds nothing wrong in a plain drawing", () => {
    expect(svgProblem(PLAIN_SVG)).toBeUndefined();
  });
});
