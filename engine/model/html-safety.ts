import type { Element, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Html } from "mdast";
import type { Point } from "unist";
import { visit } from "unist-util-visit";
import { report } from "../diagnostics/report.ts";
import type { FileContext } from "./context.ts";
import { resolveMedia } from "./media.ts";
import { createOffsetLocator } from "./positions.ts";

/** Elements that run or load active content; never allowed in a lesson. */
const ACTIVE_ELEMENTS = new Set([
  "script",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "frame",
  "frameset",
]);
const URL_PROPERTIES = [
  "href",
  "src",
  "action",
  "formAction",
  "poster",
  "cite",
  "data",
  "xLinkHref",
  "background",
];

/** True for URLs that run script when followed: `javascript:`, `vbscript:`, `data:text/html`. */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const compact = url.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return /^(javascript|vbscript):/.test(compact) || compact.startsWith("data:text/html");
}

function isOtherOrigin(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url.trim());
}

function problemOf(element: Element): string | undefined {
  const name = element.tagName.toLowerCase();
  if (ACTIVE_ELEMENTS.has(name)) return `Unexpected \`<${name}>\` element, expected Markdown or a directive`;
  if (name === "iframe") {
    const src = String(element.properties.src ?? "");
    if (!src || isOtherOrigin(src))
      return "Unexpected `<iframe>` from another origin, expected no embedded frames";
  }
  for (const property of Object.keys(element.properties)) {
    if (/^on/i.test(property))
      return `Unexpected event handler attribute \`${property.toLowerCase()}\` on \`<${name}>\``;
  }
  for (const property of URL_PROPERTIES) {
    const value = element.properties[property];
    if (typeof value === "string" && isScriptUrl(value)) {
      return `Unexpected script URL in \`${property}\` of \`<${name}>\``;
    }
  }
  return undefined;
}

/** Reports every unsafe construct in a raw HTML node, located inside the node. */
export function checkHtml(context: FileContext, node: Html): void {
  const tree: HastRoot = fromHtml(node.value, { fragment: true });
  const origin = node.position?.start ?? { line: 1, column: 1 };
  const toPoint = createOffsetLocator(node.value, origin);
  visit(tree, "element", (element) => {
    const offset = element.position?.start.offset;
    const place = offset === undefined ? node.position?.start : toPoint(offset);
    const problem = problemOf(element);
    if (problem) report(context.file, "unsafe-html", problem, place);
    else checkHtmlMedia(context, element, place);
  });
}

/** Elements whose `src` loads a file: it must be a course file, like a Markdown image. */
export const MEDIA_ELEMENTS = new Set(["img", "audio", "video", "source", "track"]);

/** Raw `<img>`, `<audio>`…: the same rules as Markdown media (alt text, a file in the course). */
function checkHtmlMedia(context: FileContext, element: Element, place: Point | undefined): void {
  if (!MEDIA_ELEMENTS.has(element.tagName)) return;
  if (element.tagName === "img" && element.properties.alt === undefined) {
    report(context.file, "missing-alt-text", "Unexpected `<img>` without an `alt` attribute", place);
  }
  const src = element.properties.src;
  const position = place && { start: place, end: place };
  if (typeof src === "string" && src !== "") resolveMedia(context, src, { position });
}

export function isHtmlComment(node: Html): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}
