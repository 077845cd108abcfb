import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LRS_CONNECT_SOURCES } from "../../engine/runtime/content-security-policy.ts";
import { renderPlayerPage } from "../../engine/runtime/page.ts";
import { withPagePolicy } from "./page-policy.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? "";
const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";

describe("web edition page policy", () => {
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><style>p{color:red}</style></head><body>' +
    '<div style="--cm-primary:#1a5fb4;">x</div><script>boot()</script><script src="/_astro/a.js"></script>' +
    '<script type="module">go()</script></body></html>';
  const policy = policyOf(withPagePolicy(page));

  it("allows exactly the page's own inline scripts and styles, by hash", () => {
    expect(directive(policy, "script-src")).toBe(
      `script-src 'self' ${[hash("boot()"), hash("go()")].sort().join(" ")}`,
    );
    expect(directive(policy, "style-src")).toBe(`style-src 'self' ${hash("p{color:red}")}`);
    expect(directive(policy, "style-src-attr")).toBe(
      `style-src-attr 'unsafe-hashes' ${hash("--cm-primary:#1a5fb4;")}`,
    );
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it("loads images (the favicon too) from this origin only: no img-src beyond default-src 'self'", () => {
    expect(directive(policy, "default-src")).toBe("default-src 'self'");
    expect(directive(policy, "img-src")).toBe("");
  });

  it("puts the policy right after the charset, before anything it governs", () => {
    expect(withPagePolicy(page)).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/,
    );
  });
});

describe("package launch page policy", () => {
  it("allows only the package's own files: no inline script or style, no plugin, no base, no form", () => {
    const html = renderPlayerPage({
      course: { id: "c", modules: [], glossary: [], media: [] } as never,
      scope: { kind: "course" },
      lang: "en",
      title: "T",
      assetsBase: "",
    });
    const policy = policyOf(html);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<link"));
    expect(policy.split("; ")).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "style-src-attr 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });

  it("lets an xAPI or cmi5 player reach the LRS its launch link names, and nothing else more", () => {
    const html = renderPlayerPage({
      course: { id: "c", modules: [], glossary: [], media: [] } as never,
      scope: { kind: "course" },
      lang: "en",
      title: "T",
      assetsBase: "",
      connectSources: LRS_CONNECT_SOURCES,
    });
    const policy = policyOf(html);
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' https: http:");
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
  });
});
