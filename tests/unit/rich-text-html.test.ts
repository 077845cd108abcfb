import { describe, expect, it } from "vitest";
import type { RichText } from "../../engine/model/hast.ts";
import { richTextToHtml } from "../../site/lib/rich-text-html.ts";

const SHOP = { id: "shop", media: [] };
const paragraph = (...children: RichText): RichText => [
  { type: "element", tagName: "p", properties: {}, children },
];
/** A paragraph showing the course image media/jar.png, with any attributes the author wrote. */
const jar = (properties: Record<string, string | number> = {}) =>
  paragraph({
    type: "element",
    tagName: "img",
    properties: { src: "media/jar.png", alt: "A jar", ...properties },
    children: [],
  });

describe("rich text on the site's own pages (the glossary)", () => {
  it("links a lesson to its page, from the lesson's id alone", () => {
    const html = richTextToHtml(
      SHOP,
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
    const html = richTextToHtml(SHOP, jar());
    expect(html).toContain('src="/shop/media/jar.png"');
    expect(html).toContain('loading="lazy"');
  });

  const measured = {
    id: "shop",
    media: [{ path: "media/jar.png", bytes: 2048, sha256: "0".repeat(64), width: 640, height: 480 }],
  };

  it("reserves a course image's box: its measured width and height, so the page does not shift", () => {
    const html = richTextToHtml(measured, jar());
    expect(html).toMatch(/<img [^>]*width="640" height="480"/);
  });

  it("keeps a size the author wrote, and writes none for an image the build could not measure", () => {
    expect(richTextToHtml(measured, jar({ width: 320 }))).not.toContain('height="480"');
    expect(richTextToHtml(measured, jar({ width: 320 }))).toContain('width="320"');
    expect(richTextToHtml(SHOP, jar())).not.toMatch(/width=|height=/);
  });
});
