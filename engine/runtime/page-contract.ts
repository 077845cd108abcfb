import type { CourseModel } from "../model/schema.ts";
import { type PlayerScope, parseScope } from "./scope.ts";

/** Ids and names the page (page.ts, in Node) and the player entries (in the browser) share. */
export const PAGE = {
  rootId: "coursemark",
  courseScriptId: "coursemark-course",
  scopeAttribute: "data-scope",
  mediaBaseAttribute: "data-media-base",
  /** Other language editions: `lang=src` pairs, space-separated (`fr=editions/fr.js`). */
  editionsAttribute: "data-editions",
  script: "player.js",
  stylesheet: "player.css",
  /** The page's icon, next to the stylesheet: without one a browser asks for /favicon.ico and logs a 404. */
  icon: "favicon.svg",
} as const;

export interface PageData {
  root: HTMLElement;
  course: CourseModel;
  scope: PlayerScope;
  mediaBase: string;
  /** The package's other language editions and their scripts. */
  editions: Array<{ lang: string; src: string }>;
}

/**
 * Reads what renderPlayerPage embedded. The model was validated when it was compiled; the page is
 * ours, so it is parsed, not re-validated (zod stays out of the learner's download).
 */
export function readPage(document: Document): PageData | undefined {
  const root = document.getElementById(PAGE.rootId);
  const json = document.getElementById(PAGE.courseScriptId)?.textContent;
  if (!root || !json) return undefined;
  return {
    root,
    course: JSON.parse(json) as CourseModel,
    scope: parseScope(root.getAttribute(PAGE.scopeAttribute) ?? undefined),
    mediaBase: root.getAttribute(PAGE.mediaBaseAttribute) ?? "",
    editions: (root.getAttribute(PAGE.editionsAttribute) ?? "")
      .split(" ")
      .filter(Boolean)
      .map((pair) => {
        const [lang = "", src = ""] = pair.split("=");
        return { lang, src };
      }),
  };
}
