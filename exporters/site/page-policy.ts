import { createHash } from "node:crypto";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { contentSecurityPolicy, policyMeta } from "../../engine/runtime/content-security-policy.ts";

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
}

/** Hashes of what the page runs or styles inline: scripts without `src`, `<style>`, `style=""`. */
function inlineHashes(tree: Root) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  visit(tree, "element", (element) => {
    if (element.tagName === "script" && element.properties.src === undefined)
      scripts.add(sha256(textOf(element)));
    if (element.tagName === "style") styles.add(sha256(textOf(element)));
    const style = element.properties.style;
    if (typeof style === "string") styleAttributes.add(sha256(style));
  });
  return {
    scripts: [...scripts].sort(),
    styles: [...styles].sort(),
    styleAttributes: [...styleAttributes].sort(),
  };
}

/**
 * A web edition page with its Content-Security-Policy: computed after the Astro build from the page
 * as built, so each inline script and style Astro emitted (island loader, service worker
 * registration, inlined CSS, the theme's custom properties) is allowed by its hash and nothing else
 * inline is. The `<meta>` goes right after the charset, before anything it governs.
 */
export function withPagePolicy(html: string): string {
  const { scripts, styles, styleAttributes } = inlineHashes(fromHtml(html));
  const meta = policyMeta(
    contentSecurityPolicy({
      scriptHashes: scripts,
      styleHashes: styles,
      styleAttributeHashes: styleAttributes,
      // Images, the favicon (site/public/favicon.svg) included, come from this origin only.
    }),
  );
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (charset) return html.replace(charset[0], () => `${charset[0]}${meta}`);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error("site page without <head>: cannot place its Content-Security-Policy");
  return html.replace(head[0], () => `${head[0]}${meta}`);
}
