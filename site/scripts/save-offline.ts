import { OFFLINE_CACHES } from "../lib/offline-caches.ts";

/** Same-origin files a page needs: scripts, styles, images, audio, video with its poster and captions. */
function assetsOf(html: string, pageUrl: string): string[] {
  // A parsed page inherits this page's Content-Security-Policy, which does not list the other
  // page's inline styles: they are removed first (only URLs are read), so the CSP reports nothing.
  const withoutStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "");
  const page = new DOMParser().parseFromString(withoutStyles, "text/html");
  const urls = [
    ...page.querySelectorAll<HTMLElement>(
      "script[src], link[rel=stylesheet][href], img[src], audio[src], video[src], video[poster], source[src], track[src]",
    ),
  ]
    .flatMap((element) => ["src", "href", "poster"].map((name) => element.getAttribute(name) ?? ""))
    .filter(Boolean)
    .map((url) => new URL(url, pageUrl));
  return [...new Set(urls.filter((url) => url.origin === location.origin).map((url) => url.href))];
}

/**
 * Saves every lesson page of a module and the files those pages use into the service worker's
 * caches, so the lessons open and their interactions work with no server at all.
 */
export async function saveForOffline(pageUrls: readonly string[]): Promise<void> {
  const pages = await caches.open(OFFLINE_CACHES.pages);
  const assets = await caches.open(OFFLINE_CACHES.assets);
  for (const pageUrl of pageUrls) {
    const absolute = new URL(pageUrl, location.href).href;
    const response = await fetch(absolute, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`${pageUrl}: ${response.status}`);
    const html = await response.clone().text();
    await pages.put(absolute, response);
    const missing = [];
    for (const asset of assetsOf(html, absolute)) if (!(await assets.match(asset))) missing.push(asset);
    await assets.addAll(missing);
  }
}
