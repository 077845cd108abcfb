import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import { report } from "../diagnostics/report.ts";
import type { MediaFile } from "../source/course-source.ts";
import type { FileContext } from "./context.ts";
import { cssUrls, isScriptUrl } from "./urls.ts";

/**
 * Files a browser runs as a page or a program when opened from the package's or the site's
 * origin (the LMS's origin, in Moodle): never shipped. `.svgz` is refused because its content
 * cannot be checked; `.xml` and `.xsl` can carry XSLT and XHTML.
 */
const ACTIVE_EXTENSIONS = new Set(
  (
    "html htm xhtml xht shtml mht mhtml xml xsl xslt svgz js mjs cjs wasm swf jar class " +
    "php asp aspx jsp cgi pl py sh exe bat cmd ps1 vbs hta msi appcache manifest webmanifest"
  ).split(" "),
);

/** SVG elements that run script or embed another document. */
const ACTIVE_SVG_ELEMENTS = new Set([
  "script",
  "foreignobject",
  "handler",
  "listener",
  "iframe",
  "embed",
  "object",
]);
const LINK_PROPERTIES = ["href", "xLinkHref", "src"];
/** Raster images inside an SVG as `data:` URLs are part of the file, not a request. */
const EMBEDDED_RASTER = /^data:image\/(png|jpeg|gif|webp|avif);/i;

function extensionOf(coursePath: string): string {
  const name = coursePath.split("/").pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function isSafeSvgLink(url: string): boolean {
  const trimmed = url.trim();
  return trimmed.startsWith("#") || EMBEDDED_RASTER.test(trimmed);
}

/** What makes one SVG element unsafe, or undefined. */
function svgElementProblem(element: Element): string | undefined {
  const name = element.tagName.toLowerCase();
  if (ACTIVE_SVG_ELEMENTS.has(name)) return `\`<${element.tagName}>\` element`;
  for (const [key, value] of Object.entries(element.properties)) {
    if (/^on/i.test(key)) return `event handler \`${key.toLowerCase()}\` on \`<${element.tagName}>\``;
    const text = Array.isArray(value) ? value.join(" ") : String(value);
    if (isScriptUrl(text)) return `script URL in \`${key}\` of \`<${element.tagName}>\``;
    if (LINK_PROPERTIES.includes(key) && !isSafeSvgLink(text))
      return `reference to \`${text}\` outside the file`;
    if (cssUrls(text).some((url) => !isSafeSvgLink(url)))
      return `CSS \`url()\` outside the file in \`${key}\``;
    // <animate attributeName="href"> or <set attributeName="onclick"> rewrites links and handlers.
    if (key === "attributeName" && /^(on|href$|xlink:href$)/i.test(text))
      return `animation of \`${text}\` on \`<${element.tagName}>\``;
  }
  if (name === "style") {
    const css = element.children.map((child) => ("value" in child ? child.value : "")).join("");
    if (/@import/i.test(css) || cssUrls(css).some((url) => !isSafeSvgLink(url)))
      return "stylesheet that loads another file";
  }
  return undefined;
}

/** Verdicts by file: an SVG used on many screens is parsed once. */
const svgVerdicts = new WeakMap<MediaFile, string | undefined>();

function cachedSvgProblem(file: MediaFile): string | undefined {
  if (!svgVerdicts.has(file)) svgVerdicts.set(file, svgProblem(new TextDecoder().decode(file.bytes)));
  return svgVerdicts.get(file);
}

/** The first reason an SVG file could run script or load another file, or undefined when it is inert. */
export function svgProblem(text: string): string | undefined {
  // Internal entities are expanded by XML parsers (a browser opening the file) but not by HTML parsers.
  if (/<!ENTITY/i.test(text)) return "`<!ENTITY>` declaration";
  let problem: string | undefined;
  visit(fromHtml(text, { fragment: true }), "element", (element) => {
    problem ??= svgElementProblem(element);
  });
  return problem;
}

/**
 * Reports a media file a browser would run (HTML, script, unchecked or scripted SVG), located at the
 * reference. Returns false when the file must not be shipped.
 */
export function checkMediaSafety(
  context: FileContext,
  file: MediaFile,
  place: Position | undefined,
): boolean {
  const extension = extensionOf(file.coursePath);
  // Without an extension a server sends no type, and a browser may read the file as a web page.
  if (extension === "" || ACTIVE_EXTENSIONS.has(extension)) {
    const kind = extension === "" ? "without an extension" : `(.${extension})`;
    report(
      context.file,
      "active-media",
      `Unexpected active file \`${file.coursePath}\` ${kind}, expected an image, audio, video, subtitles or PDF`,
      place,
    );
    return false;
  }
  if (extension !== "svg") return true;
  const problem = cachedSvgProblem(file);
  if (!problem) return true;
  report(
    context.file,
    "unsafe-svg",
    `Unexpected ${problem} in \`${file.coursePath}\`, expected a plain drawing`,
    place,
  );
  return false;
}
