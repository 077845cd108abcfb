import type { Image, Paragraph, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { report } from "../diagnostics/report.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { readAttributes } from "../directives/attributes.ts";
import type { BlockContext } from "../directives/directive-slice.ts";
import { directiveSlices } from "../directives/registry.ts";
import type { FileContext } from "./context.ts";
import { toRichText } from "./rich-text.ts";
import type { Block, ImageBlock } from "./schema.ts";
import { soleImage } from "./sole-image.ts";

const DIRECTIVE_NAMES = () => [...directiveSlices.keys()].map((name) => `\`:::${name}\``).join(", ");

function toImageBlock(context: BlockContext, paragraph: Paragraph, image: Image): ImageBlock | undefined {
  const [img] = context
    .toRichText([paragraph])
    .flatMap((node) => (node.type === "element" ? node.children : []));
  if (img?.type !== "element" || img.tagName !== "img") return undefined;
  const src = image.url;
  if (!context.course.media.has(src)) return undefined;
  const caption = image.title ? context.toRichText([{ type: "text", value: image.title }]) : [];
  return { kind: "image", src, alt: image.alt ?? "", caption };
}

function toDirectiveBlock(context: BlockContext, node: ContainerDirective): Block | undefined {
  const slice = directiveSlices.get(node.name);
  if (!slice) {
    report(
      context.file,
      "unknown-directive",
      `Unknown directive \`:::${node.name}\`, expected one of ${DIRECTIVE_NAMES()}${didYouMean(node.name, directiveSlices.keys(), (name) => `:::${name}`)}`,
      node.position,
    );
    return undefined;
  }
  const attributes = readAttributes(context, node, slice.attributes);
  return attributes ? slice.toBlock(node, attributes, context) : undefined;
}

/** Wraps a file context with the two converters directive slices need. */
export function createBlockContext(fileContext: FileContext): BlockContext {
  const context: BlockContext = {
    ...fileContext,
    toRichText: (nodes) => toRichText(fileContext, nodes),
    toBlocks: (nodes) => toBlocks(context, nodes),
  };
  return context;
}

/**
 * Markdown nodes → model blocks: directives through the registry, lone images as figures, and
 * runs of ordinary Markdown as prose.
 */
export function toBlocks(context: BlockContext, nodes: readonly RootContent[]): Block[] {
  const blocks: Block[] = [];
  let prose: RootContent[] = [];
  const flushProse = () => {
    const content = context.toRichText(prose);
    if (content.length > 0) blocks.push({ kind: "prose", content });
    prose = [];
  };
  for (const node of nodes) {
    const image = soleImage(node);
    if (node.type === "containerDirective" || node.type === "leafDirective" || image) {
      flushProse();
      const block =
        node.type === "containerDirective"
          ? toDirectiveBlock(context, node)
          : image
            ? toImageBlock(context, node as Paragraph, image)
            : undefined;
      if (node.type === "leafDirective") {
        report(
          context.file,
          "unknown-directive",
          `Unknown directive \`::${node.name}\`, expected a container directive such as ${DIRECTIVE_NAMES()}${didYouMean(node.name, directiveSlices.keys(), (name) => `:::${name}`)}`,
          node.position,
        );
      }
      if (block) blocks.push(block);
    } else {
      prose.push(node);
    }
  }
  flushProse();
  return blocks;
}
