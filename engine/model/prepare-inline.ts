import type { Definition, Image, Link, Nodes, Parent, Root, Text } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import { report } from "../diagnostics/report.ts";
import { closest, didYouMean } from "../diagnostics/suggest.ts";
import type { FileContext } from "./context.ts";
import { checkHtml, isHtmlComment, isScriptUrl } from "./html-safety.ts";
import { toIdSegment } from "./ids.ts";
import { lessonSuggestion } from "./lesson-suggestion.ts";
import { resolveMedia } from "./media.ts";
import { isExternalUrl, resolveCoursePath } from "./urls.ts";
import { substituteVariables } from "./variables.ts";

/** Alt text that marks an image as purely decorative (rendered with an empty alt). */
export const DECORATIVE_MARKER = "decorative";

function prepareImage(context: FileContext, node: Image): void {
  const alt = (node.alt ?? "").trim();
  if (alt === "") {
    report(context.file, "missing-alt-text", "Unexpected image without alt text", node.position);
  }
  // Alt text is text a learner hears, so variables are substituted in it as in prose.
  const altText: Text = { type: "text", value: alt, position: node.position };
  substituteVariables(context, altText);
  node.alt = alt.toLowerCase() === DECORATIVE_MARKER ? "" : altText.value;
  node.url = resolveMedia(context, node.url, node) ?? node.url;
}

/** A link to another lesson becomes `data-lesson`; other relative links must be course files. */
function prepareLink(context: FileContext, node: Link | Definition): void {
  if (isScriptUrl(node.url)) {
    report(
      context.file,
      "unsafe-html",
      "Unexpected `javascript:` link, expected a web or lesson link",
      node.position,
    );
    node.url = "";
    return;
  }
  if (isExternalUrl(node.url) || node.url.startsWith("#")) return;
  const path = node.url.split(/[?#]/)[0] ?? "";
  if (!path.endsWith(".md")) {
    node.url = resolveMedia(context, node.url, node) ?? node.url;
    return;
  }
  const target = resolveCoursePath(context.file.data.coursePath ?? "", node.url);
  const lessonId = target === undefined ? undefined : context.course.lessonIds.get(target);
  if (!lessonId) {
    report(
      context.file,
      "broken-lesson-link",
      target === undefined
        ? `Broken link \`${node.url}\`, expected a relative path to a lesson inside the course`
        : `Broken link \`${node.url}\`: no lesson at \`${target}\`${lessonSuggestion(context, node.url)}`,
      node.position,
    );
    return;
  }
  node.url = "";
  node.data = { ...node.data, hProperties: { dataLesson: lessonId } };
}

/** The nearest glossary term id to an unknown one. */
function glossarySuggestion(glossary: ReadonlySet<string>, termId: string): string {
  const nearest = closest(termId, glossary);
  return nearest === undefined ? "" : `; did you mean the term with id \`${nearest}\`?`;
}

function labelText(node: Parent): string {
  let text = "";
  visit(node, "text", (child) => {
    text += child.value;
  });
  return text;
}

/**
 * `note:this` stays text when parsed (parse/prose-colons.ts); a directive with no `[label]` and no
 * `{attributes}` reaches here only before a `{` that did not parse (reported as malformed-directive):
 * an unknown name is then ordinary prose too.
 */
function isProseColon(node: TextDirective): boolean {
  return (
    node.name !== "term" && node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0
  );
}

function prepareTextDirective(context: FileContext, node: TextDirective): void {
  if (node.name !== "term") {
    report(
      context.file,
      "unknown-directive",
      `Unknown text directive \`:${node.name}\`, expected \`:term\`${didYouMean(node.name, ["term"], (name) => `:${name}`)}`,
      node.position,
    );
    node.data = { hName: "span" };
    return;
  }
  const attributes = node.attributes ?? {};
  const unknown = Object.keys(attributes).filter((key) => key !== "id");
  for (const key of unknown) {
    report(
      context.file,
      "unknown-attribute",
      `Unexpected attribute \`${key}\` on \`:term\`, expected \`id\`${didYouMean(key, ["id"])}`,
      node.position,
    );
  }
  const label = labelText(node);
  const termId = attributes.id ?? toIdSegment(label);
  const glossary = context.course.glossary;
  if (glossary && !glossary.has(termId)) {
    const expected = attributes.id
      ? `expected the id of a \`## Term\` heading in glossary.md`
      : `expected a \`## ${label}\` heading in glossary.md`;
    report(
      context.file,
      "unknown-glossary-term",
      `Unknown glossary term \`${attributes.id ?? label}\`, ${expected}${glossarySuggestion(glossary, termId)}`,
      node.position,
    );
  }
  node.data = { hName: "span", hProperties: { dataTerm: termId } };
}

/**
 * Prepares `parent`'s child at `index` and what is under it; returns the index of the next child
 * to prepare (a comment is removed, so the next one moves up to its place).
 */
function prepareChild(context: FileContext, parent: Parent, index: number): number {
  const node = parent.children[index] as Nodes;
  switch (node.type) {
    case "text":
      substituteVariables(context, node);
      return index + 1;
    case "image":
      prepareImage(context, node);
      return index + 1;
    case "link":
    case "definition":
      prepareLink(context, node);
      break;
    case "textDirective":
      if (isProseColon(node)) {
        parent.children.splice(index, 1, { type: "text", value: `:${node.name}`, position: node.position });
        return index + 1;
      }
      prepareTextDirective(context, node);
      break;
    case "leafDirective":
    case "containerDirective":
      report(
        context.file,
        "unknown-directive",
        `Unexpected directive \`${node.name}\` here, expected it at the top level of a screen`,
        node.position,
      );
      return index + 1;
    case "html":
      if (isHtmlComment(node)) {
        parent.children.splice(index, 1);
        return index;
      }
      checkHtml(context, node);
      return index + 1;
  }
  if ("children" in node) prepareChildren(context, node);
  return index + 1;
}

function prepareChildren(context: FileContext, parent: Parent): void {
  for (let index = 0; index < parent.children.length; ) index = prepareChild(context, parent, index);
}

/**
 * Checks and rewrites inline content in place before it becomes hast: variables, images, links,
 * glossary terms, author comments (removed) and raw HTML (checked for anything unsafe). Nodes are
 * visited in document order, as unist-util-visit would, without its per-node overhead.
 */
export function prepareInline(context: FileContext, tree: Root): void {
  prepareChildren(context, tree);
}
