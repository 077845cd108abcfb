import type { Nodes as HastNodes, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { defaultSchema, type Schema, sanitize } from "hast-util-sanitize";
import type { Heading, Root, RootContent } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { visit } from "unist-util-visit";
import type { FileContext } from "./context.ts";
import type { HastContent, HastProperty, RichText } from "./hast.ts";
import { prepareInline } from "./prepare-inline.ts";

/** The allowlist: GitHub's schema plus the data attributes the compiler itself adds. */
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "dataTerm", "dataLesson"],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "decoding"],
  },
};

function toPlain(node: HastNodes): HastContent | undefined {
  if (node.type === "text") return { type: "text", value: node.value };
  if (node.type !== "element") return undefined;
  const properties: Record<string, HastProperty> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (value !== undefined) properties[key] = value as HastProperty;
  }
  return { type: "element", tagName: node.tagName, properties, children: toPlainChildren(node.children) };
}

function toPlainChildren(children: readonly HastNodes[]): HastContent[] {
  return children.map(toPlain).filter((node): node is HastContent => node !== undefined);
}

/** The page's title is its only h1, so a lesson's `#` heading renders as h2 (and so on, down to h6). */
function demoteHeadings(tree: Root): void {
  visit(tree, "heading", (heading) => {
    heading.depth = Math.min(6, heading.depth + 1) as Heading["depth"];
  });
}

/**
 * Markdown content → model rich text: checked and rewritten inline (see prepareInline), turned into
 * hast, raw HTML parsed, sanitized against the allowlist, positions dropped.
 */
export function toRichText(context: FileContext, nodes: readonly RootContent[]): RichText {
  const tree: Root = { type: "root", children: [...nodes] };
  prepareInline(context, tree);
  demoteHeadings(tree);
  const hast = toHast(tree, { allowDangerousHtml: true }) as HastRoot;
  const parsed = raw(hast) as HastRoot;
  const clean = sanitize(parsed, schema) as HastRoot;
  return toPlainChildren(clean.children).filter(
    (node, index, all) =>
      !(node.type === "text" && node.value.trim() === "" && (index === 0 || index === all.length - 1)),
  );
}
