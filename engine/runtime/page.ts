import { createHash } from "node:crypto";
import { textDirection } from "../i18n/direction.ts";
import { canonicalJson } from "../model/canonical-json.ts";
import type { CourseModel } from "../model/schema.ts";
import { contentSecurityPolicy, policyMeta } from "./content-security-policy.ts";
import { catalogueFor } from "./messages/catalogues.ts";
import { PAGE } from "./page-contract.ts";
import { formatScope, type PlayerScope, trimCourse } from "./scope.ts";

export interface PlayerPageOptions {
  course: CourseModel;
  scope: PlayerScope;
  /** BCP 47 tag for `<html lang>` (usually the course's). */
  lang: string;
  title: string;
  /** Relative folder of player.js / player.css, "" or ending in "/" (e.g. "../assets/"). */
  assetsBase: string;
  /** Relative folder media paths resolve against ("" = next to index.html). */
  mediaBase?: string;
  /** Origins the tracker may fetch besides this one (an xAPI/cmi5 LRS); none for SCORM. */
  connectSources?: readonly string[];
  /**
   * The player's first screen as HTML (exporters/first-screen.ts), shown until player.js replaces
   * it; inert, so nothing reacts to a click before the live player does.
   */
  firstScreen?: string;
  /** The package's other language editions and their scripts (exporters/edition-script.ts). */
  editions?: ReadonlyArray<{ lang: string; src: string }>;
  /** Whether `PAGE.icon` sits in the assets folder (packages carry it; test pages may not). */
  icon?: boolean;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** JSON inside `<script>`: `<` escaped so no `</script>` or `<!--` can end or confuse the element. */
function scriptJson(value: unknown): string {
  return canonicalJson(value, 0).trimEnd().replaceAll("<", "\\u003c");
}

const HTML_UNESCAPES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/** Policy hashes of the `style="…"` values in rendered HTML (the theme's custom properties on the player). */
function styleAttributeHashes(html: string): string[] {
  const values = [...html.matchAll(/ style="([^"]*)"/g)].map((match) =>
    (match[1] ?? "").replace(/&(?:amp|lt|gt|quot);/g, (entity) => HTML_UNESCAPES[entity] ?? entity),
  );
  const hashes = values.map((value) => `'sha256-${createHash("sha256").update(value).digest("base64")}'`);
  return [...new Set(hashes)].sort();
}

/**
 * A package's index.html: the scope-trimmed model as JSON data, the player as a classic deferred
 * script (module scripts fail from file://, which the Moodle app uses), relative URLs only, no
 * request to any other site, which its Content-Security-Policy enforces (no inline script: the model
 * is JSON data, never run). Deterministic: the same options give the same string.
 */
export function renderPlayerPage(options: PlayerPageOptions): string {
  const {
    course,
    scope,
    lang,
    title,
    assetsBase,
    mediaBase = "",
    connectSources = [],
    firstScreen,
    editions = [],
    icon = false,
  } = options;
  const editionList = editions.map(({ lang: edition, src }) => `${edition}=${src}`).join(" ");
  const styleAttributes = styleAttributeHashes(firstScreen ?? "");
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}"${textDirection(lang) === "rtl" ? ' dir="rtl"' : ""}>`,
    "<head>",
    '<meta charset="utf-8">',
    policyMeta(contentSecurityPolicy({ connectSources, styleAttributeHashes: styleAttributes })),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(course.description ? [`<meta name="description" content="${escapeHtml(course.description)}">`] : []),
    `<link rel="stylesheet" href="${escapeHtml(assetsBase + PAGE.stylesheet)}">`,
    ...(icon ? [`<link rel="icon" href="${escapeHtml(assetsBase + PAGE.icon)}" type="image/svg+xml">`] : []),
    `<script defer src="${escapeHtml(assetsBase + PAGE.script)}"></script>`,
    "</head>",
    "<body>",
    `<div id="${PAGE.rootId}" ${PAGE.scopeAttribute}="${escapeHtml(formatScope(scope))}" ${PAGE.mediaBaseAttribute}="${escapeHtml(mediaBase)}"${editionList ? ` ${PAGE.editionsAttribute}="${escapeHtml(editionList)}"` : ""}>`,
    `<noscript><p class="cm-noscript">${escapeHtml(catalogueFor(lang).noScript)}</p></noscript>`,
    ...(firstScreen ? [`<div class="cm-first-screen" inert>${firstScreen}</div>`] : []),
    "</div>",
    `<script type="application/json" id="${PAGE.courseScriptId}">${scriptJson(trimCourse(course, scope))}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
