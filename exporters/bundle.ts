import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { minify } from "oxc-minify";
import { type BundleContents, contentsKey, fullContents, leaveOutUnused } from "./bundle-contents.ts";

/** Which Tracker adapter the bundle carries (one bundle per tracker; a package needs only its own). */
export const bundleTrackers = ["local", "scorm12", "scorm2004", "xapi", "cmi5"] as const;
export type BundleTracker = (typeof bundleTrackers)[number];
/** The trackers a package (not the web edition) carries. */
export type PackageTracker = Exclude<BundleTracker, "local">;

export interface PlayerBundle {
  "player.js": Uint8Array;
  "player.css": Uint8Array;
}

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const RUNTIME = path.join(REPO_ROOT, "engine", "runtime");

/** Browsers the player supports: the Moodle app's Android WebView (Chrome 80+) and iOS/Safari 14.1+ (14.0 has a destructuring bug esbuild cannot work around). */
export const BROWSER_TARGETS = ["es2020", "chrome80", "safari14.1", "ios14.5", "firefox78"];

/**
 * esbuild rewrites every `a?.b` for Chrome 80–90 (`a == null ? void 0 : a.b`, ~0.8 KB gzip of the
 * player) because of one V8 defect there: an optional call with a spread argument before another
 * argument, `f?.(...xs, 1)`, fails (crbug.com/42201552). No code in the player makes such a call
 * (bundle.test.ts checks every bundle), so optional chaining stays as written.
 */
const OPTIONAL_CHAINING = { "optional-chain": true };

/** Compiler-side packages: the learner's download must never carry them (zod alone is ~450 KB). */
const COMPILER_ONLY =
  /^(zod|unified|vfile|vfile-message|yaml|remark-.*|mdast-.*|micromark.*|hast-util-.*|node:.*)$/;

/** Fails the build where runtime code reaches compiler code, naming the file that imports it. */
const keepCompilerOut: Plugin = {
  name: "keep-compiler-out",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: COMPILER_ONLY }, (args) => ({
      errors: [
        {
          text: `The learner runtime must not import "${args.path}" (from ${path.relative(REPO_ROOT, args.importer)}); import types only, or move the value to a file without compiler imports`,
        },
      ],
    }));
  },
};

/**
 * One esbuild run, uncached (buildPlayerBundle caches it per process). `plugins` run before ours
 * (tests/tools/first-open-floor.ts stubs parts of the player out to measure what is left).
 */
export async function compilePlayerBundle(
  tracker: BundleTracker,
  contents: BundleContents = fullContents,
  plugins: Plugin[] = [],
): Promise<PlayerBundle> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: {
      player: path.join(RUNTIME, "entries", `${tracker}.ts`),
      "player-style": path.join(RUNTIME, "theme", "player.css"),
    },
    outdir: "out",
    write: false,
    bundle: true,
    // A classic script: module scripts do not run from file:// (the Moodle app opens packages so).
    format: "iife",
    minify: true,
    target: BROWSER_TARGETS,
    supported: OPTIONAL_CHAINING,
    jsx: "automatic",
    jsxImportSource: "preact",
    charset: "utf8",
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    plugins: [...plugins, keepCompilerOut, leaveOutUnused(contents)],
  });
  const byName = new Map(result.outputFiles.map((file) => [path.basename(file.path), file.contents]));
  const js = byName.get("player.js");
  const css = byName.get("player-style.css");
  if (!js || !css)
    throw new Error(`esbuild produced ${[...byName.keys()].join(", ")}, expected player.js and CSS`);
  return { "player.js": await minifyPlayerScript(js), "player.css": css };
}

/**
 * A second pass with oxc's minifier: it finds what esbuild's single pass leaves (about 1.5 KB gzip
 * of a module package's player, 3 %, in 40 ms). Its target keeps optional chaining as written.
 */
export async function minifyPlayerScript(js: Uint8Array): Promise<Uint8Array> {
  const result = await minify("player.js", new TextDecoder().decode(js), {
    compress: { target: "es2020" },
    sourcemap: false,
  });
  if (result.errors.length > 0)
    throw new Error(
      `oxc could not minify the player: ${result.errors.map((error) => error.message).join("; ")}`,
    );
  return new TextEncoder().encode(result.code);
}

const cache = new Map<string, Promise<PlayerBundle>>();

/**
 * The learner runtime for one tracker as `player.js` (minified IIFE) and `player.css`, carrying the
 * given contents (default: every interaction type and the assessment). Built once per process,
 * tracker and contents (packages with the same types share it); esbuild is deterministic, so the
 * same sources give the same bytes.
 */
export function buildPlayerBundle(options: {
  tracker: BundleTracker;
  contents?: BundleContents;
}): Promise<PlayerBundle> {
  const contents = options.contents ?? fullContents;
  const key = `${options.tracker}|${contentsKey(contents)}`;
  let bundle = cache.get(key);
  if (!bundle) {
    bundle = compilePlayerBundle(options.tracker, contents);
    bundle.catch(() => cache.delete(key));
    cache.set(key, bundle);
  }
  return bundle;
}
