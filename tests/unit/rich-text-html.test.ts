import { describe, expect, it } from "vitest";
import type { RichText } from "../../engine/model/hast.ts";
import { richTextToHtml } from "../../site/lib/rich-text-html.ts";

const paragraph = (...children: RichText): RichText => [
  { type: "element", tagName: "p", properties: {}, children },
];

describe("rich text on the site's own pages (the glossary)", () => {
  it("links a lesson to its page, from the lesson's id alone", () => {
    const html = richTextToHtml(
      "shop",
      paragraph({
        type: "element",
        tagName: "a",
        properties: { dataLesson: "taking_orders.getting_paid" },
        children: [{ type: "text", value: "Getting paid" }],
      }),
    );
    expect(html).toContain('href="/shop/taking_orders/getting_paid/"');
  });

  it("serves a course image from the course's media, lazily", () => {
    const html = richTextToHtml(
      "shop",
      paragraph({
        type: "element",
        tagName: "img",
        properties: { src: "media/jar.png", alt: "A jar" },
        children: [],
      }),
    );
    expect(html).toContain('src="/shop/media/jar.png"');
    expect(html).toContain('loading="lazy"');
  });
});
