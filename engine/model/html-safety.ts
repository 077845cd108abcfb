import type { Element, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Html } from "mdast";
import type { Point } from "unist";
import { visit } from "unist-util-visit";
import { report } from "../diagnostics/report.ts";
import type { FileContext } from "./context.ts";
import { resolveMedia } from "./media.ts";
import { createOffsetLocator } from "./positions.ts";
import { cssUrls, isExternalUrl, isScriptUrl, srcsetUrls } from "./urls.ts";

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
  "srcSet",
  "action",
  "formAction",
  "poster",
  "cite",
  "data",
  "xLinkHref",
  "background",
  "ping",
];

export { isScriptUrl };

function problemOf(element: Element): string | undefined {
  const name = element.tagName.toLowerCase();
  if (ACTIVE_ELEMENTS.has(name)) return `Unexpected \`<${name}>\` element, expected Markdown or a directive`;
  if (name === "iframe") {
    const src = String(element.properties.src ?? "");
    if (!src || isExternalUrl(src.trim()))
      return "Unexpected `<iframe>` from another origin, expected no embedded frames";
  }
  for (const property of Object.keys(element.properties)) {
    if (/^on/i.test(property))
      return `Unexpected event handler attribute \`${property.toLowerCase()}\` on \`<${name}>\``;
  }
  for (const property of URL_PROPERTIES) {
    const value = element.properties[property];
    const urls = Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
    if (urls.some(isScriptUrl)) {
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
  // A fragment parse drops these tags with their attributes (`<body onload>`): found in the source.
  for (const match of node.value.matchAll(/<(html|head|body)(?=[\s/>])/gi)) {
    const name = match[1]?.toLowerCase();
    const message = `Unexpected \`<${name}>\` element, expected Markdown or a directive`;
    report(context.file, "unsafe-html", message, toPoint(match.index));
  }
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
/** Links that are followed, not loaded; every other URL-valued attribute loads a file. */
const NAVIGATION_ELEMENTS = new Set(["a", "area"]);

/** Every URL an element makes the browser load: src, srcset, poster, SVG href, CSS url()… */
function loadedUrls(element: Element): string[] {
  const { properties } = element;
  // Lists (`ping`, `srcset`) come as arrays, single URLs as strings.
  const text = (key: string): string[] => {
    const value = properties[key];
    const values = Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
    return values.filter((item) => item !== "");
  };
  const loadsHref = !NAVIGATION_ELEMENTS.has(element.tagName);
  return [
    ...text("src"),
    ...text("srcSet").flatMap(srcsetUrls),
    ...text("poster"),
    ...text("background"),
    ...text("ping").flatMap((value) => value.split(/\s+/)),
    ...text("xLinkHref"),
    ...(loadsHref ? text("href") : []),
    ...text("style").flatMap(cssUrls),
    ...(element.tagName === "style" ? cssUrls(toText(element)) : []),
  ];
}

function toText(element: Element): string {
  return element.children.map((child) => ("value" in child ? child.value : "")).join("");
}

/**
 * Raw `<img>`, `<picture><source srcset>`, `<video poster>`, `style="background:url(…)"`…: every URL a
 * browser would load follows the Markdown media rules (a file in the course, never another site).
 */
function checkHtmlMedia(context: FileContext, element: Element, place: Point | undefined): void {
  if (element.tagName === "img" && element.properties.alt === undefined) {
    report(context.file, "missing-alt-text", "Unexpected `<img>` without an `alt` attribute", place);
  }
  const position = place && { start: place, end: place };
  for (const url of loadedUrls(element)) resolveMedia(context, url.trim(), { position });
}

export function isHtmlComment(node: Html): boolean {
  return /^\s*<!--[\s\S]*-->\s*$/.test(node.value);
}
