import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { COURSE_FRONTMATTER, compileModel, lesson } from "../../tests/unit/support/in-memory-course.ts";
import type { HastContent } from "../model/hast.ts";
import { courseModelSchema } from "../model/schema.ts";
import { exportTranslation } from "./export.ts";
import { translateCourse } from "./import.ts";
import { pseudoLocalise } from "./pseudo-localise.ts";

const VARIABLES = new Map([["shop_name", "Ama's Tailoring"]]);

const model = compileModel({
  "course.md": COURSE_FRONTMATTER,
  "01-basics/01-intro.md": lesson(
    "Welcome to {{shop_name}}: *sew* a [hem](https://example.org/hem).\n\n:::single-choice\nWhich sells?\n\n- [x] A fitted dress\n  > Right.\n- [ ] A torn dress\n:::\n",
  ),
});

function importText(xliff: string) {
  const file = new VFile({ path: "translations/fr.xlf", value: xliff });
  return { edition: translateCourse(model, VARIABLES, file, "fr"), messages: file.messages };
}

function paragraph(nodes: HastContent[] | undefined): HastContent | undefined {
  return nodes?.find((node) => node.type === "element" && node.tagName === "p");
}

describe("translation import", () => {
  const exported = exportTranslation(model, VARIABLES, { lang: "fr" }).xliff;

  it("replaces every text, restores markup and variables, and keeps ids and scoring", () => {
    const { edition, messages } = importText(pseudoLocalise(exported));
    expect(messages).toEqual([]);
    if (!edition) throw new Error("no edition");
    expect(courseModelSchema.safeParse(edition).success).toBe(true);
    expect(edition).toMatchObject({
      id: "demo_fr",
      lang: "fr",
      title: expect.stringMatching(/^Démö çöürsé ·+$/),
    });
    const block = edition.modules[0]?.lessons[0]?.screens[0]?.blocks[0];
    const text = block?.kind === "prose" ? paragraph(block.content) : undefined;
    expect(text).toMatchObject({
      children: [
        { type: "text", value: "Wélçömé tö Ama's Tailoring: " },
        { type: "element", tagName: "em", children: [{ type: "text", value: "séw" }] },
        { type: "text", value: " á " },
        {
          type: "element",
          tagName: "a",
          properties: { href: "https://example.org/hem" },
          children: [{ type: "text", value: "hém" }],
        },
        { type: "text", value: expect.stringMatching(/^\. ·+$/) },
      ],
    });
    const source = model.modules[0]?.lessons[0]?.screens[0]?.blocks[1];
    const translated = edition.modules[0]?.lessons[0]?.screens[0]?.blocks[1];
    if (source?.kind !== "interaction" || translated?.kind !== "interaction")
      throw new Error("no interaction");
    expect({ ...translated, prompt: [], options: [] }).toEqual({ ...source, prompt: [], options: [] });
    expect(JSON.stringify(translated)).toContain("Å fíttéd dréss");
  });

  it("falls back to the source for an untranslated unit and reports it where it is", () => {
    const partly = pseudoLocalise(exported).replace(
      /(<unit id="course:title"[^>]*>\s*<segment )state="translated">(\s*<source>[^<]*<\/source>)\s*<target>[^<]*<\/target>/,
      '$1state="initial">$2',
    );
    const { edition, messages } = importText(partly);
    expect(edition?.title).toBe("Demo course");
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ["untranslated-unit", 7, 5],
    ]);
  });

  it("gives no edition when a placeholder is broken", () => {
    const broken = pseudoLocalise(exported).replace(
      /<target>Wélçömé tö <ph id="1"[^>]*\/>/,
      "<target>Wélçömé tö ",
    );
    const { edition, messages } = importText(broken);
    expect(edition).toBeUndefined();
    expect(messages.map((message) => message.ruleId)).toEqual(["missing-placeholder"]);
  });

  it("takes only text from a target: markup and attributes come from the source", () => {
    const hostile = pseudoLocalise(exported).replace(
      /<target>Wélçömé tö (<ph id="1"[^>]*\/>): <pc id="2"[^>]*>séw<\/pc> á <pc id="3"[^>]*>hém<\/pc>/,
      '<target>&lt;script&gt;alert(1)&lt;/script&gt; $1 <pc id="2" href="javascript:alert(1)" onclick="x()">séw</pc> <pc id="3" href="https://evil.example">hém</pc>',
    );
    const { edition, messages } = importText(hostile);
    expect(messages).toEqual([]);
    const block = edition?.modules[0]?.lessons[0]?.screens[0]?.blocks[0];
    const text = block?.kind === "prose" ? paragraph(block.content) : undefined;
    expect(text).toMatchObject({
      children: [
        { type: "text", value: "<script>alert(1)</script> Ama's Tailoring " },
        { type: "element", tagName: "em", properties: {} },
        { type: "text", value: " " },
        { type: "element", tagName: "a", properties: { href: "https://example.org/hem" } },
        { type: "text", value: expect.stringMatching(/^\. ·+$/) },
      ],
    });
    const [, emphasis, , link] = text?.type === "element" ? text.children : [];
    expect(emphasis?.type === "element" && emphasis.properties).toEqual({});
    expect(link?.type === "element" && link.properties).toEqual({ href: "https://example.org/hem" });
  });
});
