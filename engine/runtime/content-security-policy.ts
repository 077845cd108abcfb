/**
 * The Content-Security-Policy of every page Coursemark ships (a package's launch page, each page of
 * the web edition), stated once. Nothing may load from another origin, no inline script runs unless
 * its hash is listed, and plugins, `<base>` and form posts are off. A `<meta>` policy cannot set
 * `frame-ancestors` (Moodle frames packages anyway) and does not restrict the parent-frame SCORM API
 * discovery, which is script access to `window.parent`, not a request.
 */
export interface PolicySources {
  /** Hashes (`'sha256-…'`) of inline `<script>` elements the page itself carries. */
  scriptHashes?: readonly string[];
  /** Hashes of inline `<style>` elements. */
  styleHashes?: readonly string[];
  /** Hashes of `style="…"` attribute values (allowed through `'unsafe-hashes'`, nothing else). */
  styleAttributeHashes?: readonly string[];
  /**
   * Extra fetch targets: an xAPI or cmi5 package talks to the LRS its launch URL names, an origin
   * known only at launch (see LRS_CONNECT_SOURCES). SCORM packages and the site need none.
   */
  connectSources?: readonly string[];
}

/** Where an xAPI/cmi5 player may send statements: any web origin, as the LMS's launch link decides. */
export const LRS_CONNECT_SOURCES = ["https:", "http:"] as const;

function directive(name: string, sources: readonly string[]): string {
  return `${name} ${sources.join(" ")}`;
}

export function contentSecurityPolicy(sources: PolicySources = {}): string {
  const { scriptHashes = [], styleHashes = [], styleAttributeHashes = [] } = sources;
  const { connectSources = [] } = sources;
  // default-src covers images, media, fonts, fetches, frames and workers: this origin only.
  return [
    directive("default-src", ["'self'"]),
    directive("script-src", ["'self'", ...scriptHashes]),
    directive("style-src", ["'self'", ...styleHashes]),
    directive(
      "style-src-attr",
      styleAttributeHashes.length > 0 ? ["'unsafe-hashes'", ...styleAttributeHashes] : ["'none'"],
    ),
    ...(connectSources.length > 0 ? [directive("connect-src", ["'self'", ...connectSources])] : []),
    directive("object-src", ["'none'"]),
    directive("base-uri", ["'none'"]),
    directive("form-action", ["'none'"]),
  ].join("; ");
}

/** The policy as the first element a page's `<head>` can carry it in. */
export function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', "&quot;")}">`;
}
