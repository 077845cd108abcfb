import type { Nodes as HastNodes, Root as HastRoot } from "hast";
import { raw } from "hast-util-raw";
import { defaultSchema, type Schema, sanitize } from "hast-util-sanitize";
import type { Heading, Html, Nodes, Root, RootContent } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { EXIT, visit } from "unist-util-visit";
import { report } from "../diagnostics/report.ts";
import { checkHtmlNesting } from "../parse/html-nesting.ts";
import { walkTree } from "../parse/walk-tree.ts";
import type { FileContext } from "./context.ts";
import type { HastContent, HastProperty, RichText } from "./hast.ts";
import { MEDIA_ELEMENTS } from "./html-safety.ts";
import { prepareInline } from "./prepare-inline.ts";
import { isExternalUrl, resolveCoursePath } from "./urls.ts";

/** The allowlist: GitHub's schema plus the data attributes the compiler itself adds, minus `srcset`. */
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "dataTerm", "dataLesson"],
    img: [...(defaultSchema.attributes?.img ?? []), "loading", "decoding"],
    // An author's srcset is checked (html-safety.ts) but not kept: the model holds one `src` per
    // image, and the web edition makes its own sizes.
    source: [],
  },
};

function toPlain(node: HastNodes): HastContent | undefined {
  if (node.type === "text") return { type: "text", value: node.value };
  if (node.type !== "element") return undefined;
  const properties: Record<string, HastProperty> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    // As the HTML parser gives them for raw HTML: no `false` booleans, and `data-*` flags are "".
    if (value === undefined || value === false) continue;
    properties[key] = value === true && /^data[A-Z]/.test(key) ? "" : (value as HastProperty);
  }
  return { type: "element", tagName: node.tagName, properties, children: toPlainChildren(node.children) };
}

/** Plain children with adjacent text merged, so content is the same with or without raw HTML parsing. */
function toPlainChildren(children: readonly HastNodes[]): HastContent[] {
  const plain: HastContent[] = [];
  for (const child of children) {
    const node = toPlain(child);
    const previous = plain.at(-1);
    if (node?.type === "text" && previous?.type === "text") previous.value += node.value;
    else if (node) plain.push(node);
  }
  return plain;
}

/** Whether raw HTML is left (author comments are already gone); only then is the costly HTML parser run. */
function hasRawHtml(tree: HastRoot): boolean {
  const stack: HastNodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === "raw") return true;
    if ("children" in node) stack.push(...node.children);
  }
  return false;
}

/** Raw HTML nodes removed, for content whose HTML the parser could not read. */
function withoutRaw(node: HastRoot): HastRoot {
  const stack: HastNodes[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (!("children" in current)) continue;
    current.children = current.children.filter((child) => child.type !== "raw") as typeof current.children;
    stack.push(...current.children);
  }
  return node;
}

/**
 * Parses the raw HTML left in the content. parse5, under hast-util-raw, throws on some tags left
 * open across blocks (`<A` in a directive nested in a list, then `<kbd>`); that is reported at the
 * first raw HTML and the raw HTML dropped, so the compiler never throws on input.
 */
function parseRawHtml(context: FileContext, hast: HastRoot, tree: Root): HastRoot {
  try {
    return raw(hast) as HastRoot;
  } catch {
    let place: Html["position"];
    visit(tree, "html", (node) => {
      place = node.position;
      return EXIT;
    });
    report(
      context.file,
      "unsafe-html",
      "Unexpected HTML the parser cannot read (a tag left open?), expected complete tags",
      place ?? { line: 1, column: 1 },
    );
    return withoutRaw(hast);
  }
}

/** The page's title is its only h1: a file's highest top-level heading renders as h2, the rest keep their steps. */
function shiftHeadings(tree: Root, shift: number): void {
  walkTree<Nodes>(tree, (heading) => {
    if (heading.type !== "heading") return;
    heading.depth = Math.max(2, Math.min(6, heading.depth + shift)) as Heading["depth"];
  });
}

/**
 * Raw HTML media (`<img src="../media/x.svg">`) point at course paths, as Markdown images do. A remote
 * `src` (an error already) is dropped, so even unchecked content never loads another site.
 */
function toCourseMediaPaths(context: FileContext, tree: HastRoot): void {
  walkTree<HastNodes>(tree, (element) => {
    if (element.type !== "element") return;
    const src = element.properties.src;
    if (!MEDIA_ELEMENTS.has(element.tagName) || typeof src !== "string") return;
    if (isExternalUrl(src.trim())) {
      delete element.properties.src;
      return;
    }
    const coursePath = resolveCoursePath(context.file.data.coursePath ?? "", src);
    if (coursePath && context.course.media.has(coursePath)) element.properties.src = coursePath;
  });
}

/**
 * Markdown content → model rich text: checked and rewritten inline (see prepareInline), turned into
 * hast, raw HTML parsed, sanitized against the allowlist, positions dropped.
 */
export function toRichText(context: FileContext, nodes: readonly RootContent[]): RichText {
  const tree: Root = { type: "root", children: [...nodes] };
  if (!checkHtmlNesting(context.file, tree)) return [];
  prepareInline(context, tree);
  shiftHeadings(tree, context.headingShift);
  const hast = toHast(tree, { allowDangerousHtml: true }) as HastRoot;
  const parsed = hasRawHtml(hast) ? parseRawHtml(context, hast, tree) : hast;
  const clean = sanitize(parsed, schema) as HastRoot;
  toCourseMediaPaths(context, clean);
  return toPlainChildren(clean.children).filter(
    (node, index, all) =>
      !(node.type === "text" && node.value.trim() === "" && (index === 0 || index === all.length - 1)),
  );
}
