import path from "node:path/posix";

/** True for URLs that run script when followed: `javascript:`, `vbscript:`, `data:text/html`. */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const compact = url.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  return /^(javascript|vbscript):/.test(compact) || compact.startsWith("data:text/html");
}

/** The URLs of a `srcset` value: each comma-separated candidate's first word. */
export function srcsetUrls(srcset: string): string[] {
  // A URL with a comma in it splits in two here: each part is still checked, so nothing slips through.
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

/** The URLs a piece of CSS loads: `url(…)` (quoted or not), `@import "…"` and `image-set("…")`. */
export function cssUrls(css: string): string[] {
  // CSS escapes (`\75 rl(`) as the browser reads them; out-of-range code points become U+FFFD.
  const unescaped = css.replace(/\\([0-9a-f]{1,6}\s?)/gi, (_, hex: string) => {
    const codePoint = Number.parseInt(hex, 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd";
  });
  const urls: string[] = [];
  for (const match of unescaped.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi))
    urls.push(match[1] ?? match[2] ?? match[3] ?? "");
  for (const match of unescaped.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    urls.push(match[1] ?? match[2] ?? "");
  for (const set of unescaped.matchAll(/image-set\(([^)]*)\)/gi))
    for (const match of (set[1] ?? "").matchAll(/"([^"]*)"|'([^']*)'/g))
      urls.push(match[1] ?? match[2] ?? "");
  return urls;
}

/** True for URLs that leave the course: any scheme, or protocol-relative. */
export function isExternalUrl(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * Resolves a relative URL found in `fromCoursePath` to a path inside the course.
 * Returns undefined for absolute paths and paths that leave the course folder.
 */
/** How a file at `fromCoursePath` links to `toCoursePath` (`../media/jar.svg`). */
export function relativeCoursePath(fromCoursePath: string, toCoursePath: string): string {
  return path.relative(path.dirname(fromCoursePath), toCoursePath);
}

export function resolveCoursePath(fromCoursePath: string, url: string): string | undefined {
  const [withoutFragment = ""] = url.split(/[?#]/);
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    return undefined;
  }
  if (decoded === "" || decoded.startsWith("/")) return undefined;
  const resolved = path.normalize(path.join(path.dirname(fromCoursePath), decoded));
  return resolved.startsWith("../") || resolved === ".." ? undefined : resolved;
}
