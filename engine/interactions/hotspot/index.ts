import type { Paragraph } from "mdast";
import type { LeafDirective } from "mdast-util-directive";
import { z } from "zod";
import { report } from "../../diagnostics/report.ts";
import { flagAttribute, numberAttribute, readAttributes } from "../../directives/attributes.ts";
import type { BlockContext } from "../../directives/directive-slice.ts";
import { richTextSchema } from "../../model/hast.ts";
import { soleImage } from "../../model/sole-image.ts";
import { letterIdSchema, reportMissingCorrect } from "../choice/options.ts";
import { baseInteractionAttributes, baseInteractionSchema, defineInteraction } from "../interaction-slice.ts";
import { leafLabel } from "../parts/common.ts";
import { itemIds, LETTER_IDS } from "../parts/item-ids.ts";
import { readPrompt } from "../parts/prompt.ts";

const percent = numberAttribute.pipe(z.number().min(0, "expected 0–100").max(100, "expected 0–100"));
const regionAttributes = z.strictObject({
  x: percent,
  y: percent,
  w: percent,
  h: percent,
  correct: flagAttribute,
});

const regionSchema = z.strictObject({
  id: letterIdSchema,
  /** The region's button label: the keyboard and screen reader alternative to pointing. */
  label: richTextSchema,
  /** A rectangle in percent of the image's width (x, w) and height (y, h). */
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
  w: z.number().gt(0).max(100),
  h: z.number().gt(0).max(100),
  correct: z.boolean(),
});

const schema = baseInteractionSchema.extend({
  type: z.literal("hotspot"),
  prompt: richTextSchema,
  image: z.strictObject({ src: z.string(), alt: z.string().min(1) }),
  regions: z.array(regionSchema).min(2),
});
export type Hotspot = z.infer<typeof schema>;
type Region = z.infer<typeof regionSchema>;

function readRegion(context: BlockContext, leaf: LeafDirective, id: string): Region | undefined {
  const label = leafLabel(context, leaf);
  const box = readAttributes(context, leaf, regionAttributes);
  if (!box || label.length === 0) return undefined;
  if (box.w === 0 || box.h === 0 || box.x + box.w > 100 || box.y + box.h > 100) {
    report(
      context.file,
      "invalid-region",
      `Unexpected region at x=${box.x} y=${box.y} w=${box.w} h=${box.h}, expected a non-empty rectangle inside the image`,
      leaf.position,
    );
    return undefined;
  }
  return { id, label, ...box };
}

function readImage(context: BlockContext, paragraph: Paragraph): Hotspot["image"] | undefined {
  const [img] = context
    .toRichText([paragraph])
    .flatMap((node) => (node.type === "element" ? node.children : []));
  if (img?.type !== "element" || img.tagName !== "img") return undefined;
  const src = String(img.properties.src ?? "");
  const alt = String(img.properties.alt ?? "");
  if (alt === "") {
    report(
      context.file,
      "missing-alt-text",
      "Unexpected decorative image in `:::hotspot`, expected alt text describing it",
      paragraph.position,
    );
  }
  return context.course.media.has(src) && alt !== "" ? { src, alt } : undefined;
}

/** `:::hotspot`: the question, one image, then `::region[label]{x y w h correct}` rectangles. */
export const hotspot = defineInteraction({
  type: "hotspot",
  attributes: baseInteractionAttributes,
  schema,
  leaves: ["region"],
  read(node, _attributes, context) {
    const leaves = node.children.filter((child): child is LeafDirective => child.type === "leafDirective");
    const content = node.children.filter((child) => child.type !== "leafDirective");
    const imageIndex = content.findIndex((child) => soleImage(child) !== undefined);
    const paragraph = content[imageIndex];
    if (paragraph?.type !== "paragraph") {
      const expected = "expected one image such as `![A shop front](../media/shop.svg)`";
      report(
        context.file,
        "invalid-interaction",
        `Unexpected \`:::hotspot\` without an image, ${expected}`,
        node.position,
      );
      return undefined;
    }
    for (const extra of content.slice(imageIndex + 1)) {
      const expected = "expected only `::region[…]{…}` lines after the image";
      report(
        context.file,
        "invalid-interaction",
        `Unexpected ${extra.type} after the image, ${expected}`,
        extra.position,
      );
    }
    const prompt = readPrompt(context, node, content.slice(0, imageIndex));
    const image = readImage(context, paragraph);
    const ids = itemIds(context, node.position, leaves.length, LETTER_IDS, "regions");
    const regions = ids ? leaves.map((leaf, index) => readRegion(context, leaf, ids[index] ?? "")) : [];
    if (leaves.length < 2) {
      const expected = "expected at least 2 `::region[label]{x y w h}` lines";
      report(
        context.file,
        "invalid-interaction",
        `Unexpected ${leaves.length} regions, ${expected}`,
        node.position,
      );
    }
    const hasCorrect = leaves.some(
      (leaf) => leaf.attributes?.correct !== undefined && leaf.attributes.correct !== "false",
    );
    if (leaves.length > 0 && !hasCorrect) reportMissingCorrect(context, node);
    const complete = regions.every((region) => region !== undefined);
    if (!ids || !image || !complete || !hasCorrect || leaves.length < 2 || prompt.length === 0)
      return undefined;
    return { prompt, image, regions: regions as Region[] };
  },
});
