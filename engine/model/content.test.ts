import { describe, expect, it } from "vitest";
import {
  COURSE_FRONTMATTER,
  compileFiles,
  compileModel,
  lesson,
  SVG,
} from "../../tests/unit/support/in-memory-course.ts";
import type { HastContent } from "./hast.ts";
import type { Block, CourseModel } from "./schema.ts";

const firstLesson = (model: CourseModel) => model.modules[0]?.lessons[0];
const blocksOf = (model: CourseModel): Block[] =>
  firstLesson(model)?.screens.flatMap((screen) => screen.blocks) ?? [];

/** Every element of rich text, depth first. */
function elements(nodes: readonly HastContent[]): Extract<HastContent, { type: "element" }>[] {
  return nodes.flatMap((node) => (node.type === "element" ? [node, ...elements(node.children)] : []));
}

function textOf(nodes: readonly HastContent[]): string {
  return nodes.map((node) => (node.type === "text" ? node.value : textOf(node.children))).join("");
}

const proseText = (model: CourseModel) =>
  textOf(blocksOf(model).flatMap((block) => (block.kind === "prose" ? block.content : [])));

describe("variables", () => {
  it("are substituted with the values from course.md", () => {
    const model = compileModel({
      "01-shop/01-intro.md": lesson("# Welcome to {{shop_name}}\n\nA dress costs GH₵ {{ price }}.\n"),
    });
    expect(proseText(model)).toContain("Welcome to Ama's Tailoring");
    expect(proseText(model)).toContain("A dress costs GH₵ 12.5.");
    expect(JSON.stringify(model)).not.toContain("{{");
  });

  it("are substituted in image alt text", () => {
    const model = compileModel({
      "media/shop.svg": SVG,
      "01-shop/01-intro.md": lesson("![The door of {{shop_name}}](../media/shop.svg)\n"),
    });
    expect(blocksOf(model)).toMatchObject([{ kind: "image", alt: "The door of Ama's Tailoring" }]);
  });

  it("are left out of the model itself", () => {
    const model = compileModel({ "01-shop/01-intro.md": lesson("Hi.\n") });
    expect(model).not.toHaveProperty("variables");
  });

  it("are reported at the variable when unknown, each occurrence at its own place", () => {
    const { report } = compileFiles({
      "01-shop/01-intro.md": lesson("Hi, {{shop_name}} and {{owner}}, yes, {{owner}}.\n"),
    });
    expect(report.diagnostics).toMatchObject([
      { ruleId: "unknown-variable", line: 7, column: 23, endColumn: 32 },
      { ruleId: "unknown-variable", line: 7, column: 39, endColumn: 48 },
    ]);
  });
});

describe("author comments", () => {
  it("never reach the model, whether a block, inline or inside a directive", () => {
    const body = [
      "<!-- block secret -->",
      "",
      "Text <!-- inline secret --> more.",
      "",
      ":::tip",
      "<!-- tip secret -->",
      "Come early.",
      ":::",
      "",
      "<!-- multi-line",
      "secret -->",
      "",
    ].join("\n");
    const json = JSON.stringify(compileModel({ "01-shop/01-intro.md": lesson(body) }));
    expect(json).not.toMatch(/secret|<!--/);
    expect(json).toContain("Come early.");
  });

  it("stay as written inside code, where they are content", () => {
    const model = compileModel({ "01-shop/01-intro.md": lesson("```html\n<!-- shown -->\n```\n") });
    expect(proseText(model)).toContain("<!-- shown -->");
  });
});

describe("lesson links", () => {
  it("become data-lesson with the lesson id", () => {
    const model = compileModel({
      "01-shop/01-intro.md": lesson("Read [pricing](../02-money/03-pricing.md#costs) next.\n"),
      "02-money/03-pricing.md": lesson("Prices.\n"),
    });
    const links = elements(blocksOf(model).flatMap((block) => (block.kind === "prose" ? block.content : [])));
    const link = links.find((element) => element.tagName === "a");
    expect(link?.properties.dataLesson).toBe("money.pricing");
    expect(JSON.stringify(link)).not.toContain(".md");
  });
});

describe("screens", () => {
  it("split on a `---` line, keeping the order", () => {
    const model = compileModel({
      "01-shop/01-intro.md": lesson("One.\n\n---\n\nTwo.\n\n***\n\nThree.\n"),
    });
    expect(
      firstLesson(model)?.screens.map((screen) =>
        textOf(screen.blocks.flatMap((block) => (block.kind === "prose" ? block.content : []))).trim(),
      ),
    ).toEqual(["One.", "Two.", "Three."]);
  });

  it("do not split on `---` inside a directive or below a setext heading", () => {
    const model = compileModel({
      "01-shop/01-intro.md": lesson("Heading\n---\n\n:::tip\nA\n\n---\n\nB\n:::\n"),
    });
    expect(firstLesson(model)?.screens).toHaveLength(1);
  });
});

describe("glossary", () => {
  const glossary =
    "## MoMo\n\nMobile money on your phone.\n\n## Merchant ID\n\nThe number a customer pays to.\n";

  it("turns `## Term` headings into terms with their definitions", () => {
    const model = compileModel({ "glossary.md": glossary, "01-shop/01-intro.md": lesson("Hi.\n") });
    expect(model.glossary.map(({ id, term }) => [id, term])).toEqual([
      ["momo", "MoMo"],
      ["merchant_id", "Merchant ID"],
    ]);
    expect(textOf(model.glossary[1]?.definition ?? [])).toBe("The number a customer pays to.");
  });

  it("links `:term[…]` to the term by id, by label or by an explicit id", () => {
    const model = compileModel({
      "glossary.md": glossary,
      "01-shop/01-intro.md": lesson("Pay by :term[MoMo] to the :term[ID]{id=merchant_id}.\n"),
    });
    const terms = elements(blocksOf(model).flatMap((block) => (block.kind === "prose" ? block.content : [])))
      .filter((element) => element.properties.dataTerm !== undefined)
      .map((element) => [element.properties.dataTerm, textOf(element.children)]);
    expect(terms).toEqual([
      ["momo", "MoMo"],
      ["merchant_id", "ID"],
    ]);
  });
});

describe("images", () => {
  const media = { "media/dress.svg": SVG };

  it("marked decorative get an empty alt", () => {
    const model = compileModel({
      ...media,
      "01-shop/01-intro.md": lesson("![Decorative](../media/dress.svg)\n"),
    });
    expect(blocksOf(model)).toEqual([{ kind: "image", src: "media/dress.svg", alt: "", caption: [] }]);
  });

  it("take their caption from the image title", () => {
    const model = compileModel({
      ...media,
      "01-shop/01-intro.md": lesson('![A blue dress](../media/dress.svg "Ama\'s best seller")\n'),
    });
    expect(blocksOf(model)).toEqual([
      {
        kind: "image",
        src: "media/dress.svg",
        alt: "A blue dress",
        caption: [{ type: "text", value: "Ama's best seller" }],
      },
    ]);
    expect(model.media.map(({ path }) => path)).toEqual(["media/dress.svg"]);
  });
});

describe("colons in prose", () => {
  it("stay text when they only look like a text directive (no label, no attributes)", () => {
    const model = compileModel({
      "01-shop/01-intro.md": lesson("Call us, note:this is our line. Tel:0244 123 456.\n"),
    });
    expect(proseText(model)).toContain("note:this is our line. Tel:0244 123 456.");
  });

  it("are still an unknown directive when written with a label or attributes", () => {
    const { report } = compileFiles({
      "01-shop/01-intro.md": lesson("Say :hello[there] to the customer.\n"),
    });
    expect(report.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain("unknown-directive");
  });
});

describe("the theme logo", () => {
  const withLogo = COURSE_FRONTMATTER.replace("variables:", "theme:\n  logo: media/logo.svg\nvariables:");

  it("is course media: packaged with the course", () => {
    const model = compileModel({
      "course.md": withLogo,
      "media/logo.svg": SVG,
      "01-shop/01-intro.md": lesson("Hello.\n"),
    });
    expect(model.media.map((media) => media.path)).toContain("media/logo.svg");
  });

  it("is reported at its key when the file is missing", () => {
    const { report } = compileFiles({ "course.md": withLogo, "01-shop/01-intro.md": lesson("Hello.\n") });
    const missing = report.diagnostics.find((diagnostic) => diagnostic.ruleId === "missing-media");
    expect(missing).toMatchObject({ file: "course.md", line: 12, column: 3 });
  });
});

describe("media in raw HTML", () => {
  it("follows the Markdown rules: alt text required, files inside the course, course paths in the model", () => {
    const model = compileModel({
      "media/shop.svg": SVG,
      "01-shop/01-intro.md": lesson('Our shop: <img src="../media/shop.svg" alt="The shop door">\n'),
    });
    expect(JSON.stringify(model)).toContain('"src":"media/shop.svg"');
    expect(model.media.map((media) => media.path)).toContain("media/shop.svg");
  });

  it("reports an image without alt, a remote file and a missing file where they are written", () => {
    const { report } = compileFiles({
      "01-shop/01-intro.md": lesson(
        'A <img src="https://example.com/x.png" alt="x"> and <img src="../media/none.svg"> here.\n',
      ),
    });
    const found = report.diagnostics.map((diagnostic) => `${diagnostic.ruleId}@${diagnostic.column}`);
    expect(found.sort()).toEqual(["missing-alt-text@53", "missing-media@3", "missing-media@53"]);
  });
});
