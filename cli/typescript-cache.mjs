// Plain JavaScript, loaded before any TypeScript: Coursemark's own .ts files, stripped of their
// types once and kept on disk, so a command starts without Node's type stripper (a WebAssembly
// module it compiles on every start) and V8 keeps the compiled code of each file (compile cache).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import nodeModule from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const hash = (text) => createHash("sha256").update(text).digest("hex");

/**
 * A file's JavaScript: from the cache when its TypeScript is unchanged, else stripped and stored.
 * One cache file per source file (named after its path), headed by the hash of the TypeScript it
 * was made from, so the cache never grows beyond the sources. Stripping only replaces types with
 * spaces, so lines and columns (stack traces, errors) stay those of the .ts file.
 */
export function strippedSource(cacheDir, filePath, typescript) {
  const entry = path.join(cacheDir, `${hash(filePath).slice(0, 32)}.js`);
  const header = `// ${hash(typescript)}\n`;
  try {
    const cached = readFileSync(entry, "utf8");
    if (cached.startsWith(header)) return cached.slice(header.length);
  } catch {
    // Not cached yet.
  }
  const javascript = nodeModule.stripTypeScriptTypes(typescript);
  try {
    // Written aside, then renamed: a command running at the same time reads a whole entry or none.
    const partial = `${entry}.${process.pid}.tmp`;
    writeFileSync(partial, header + javascript);
    renameSync(partial, entry);
  } catch {
    // A read-only install: strip on every start, as Node itself would.
  }
  return javascript;
}

/** The node_modules the cache goes in (`.cache/` there, by convention): the project's when installed. */
function nodeModulesOf(packageDir) {
  const parent = path.dirname(packageDir);
  return path.basename(parent) === "node_modules" ? parent : path.join(packageDir, "node_modules");
}

/**
 * Loads the package's own .ts files (under packageRoot, outside its node_modules) through the cache.
 * Node refuses to strip types under node_modules itself, so an installed Coursemark needs this too.
 */
export function loadTypeScriptThroughCache(packageRoot) {
  const cacheDir = path.join(nodeModulesOf(fileURLToPath(packageRoot)), ".cache", "coursemark");
  try {
    mkdirSync(cacheDir, { recursive: true });
    nodeModule.enableCompileCache?.(path.join(cacheDir, "v8"));
  } catch {
    // Read-only: strippedSource strips without storing.
  }
  // Stripping is "experimental" on Node 22: the author needs no warning about our own files.
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) =>
    String(warning).includes("stripTypeScriptTypes") ? undefined : emitWarning(warning, ...rest);
  nodeModule.registerHooks({
    load(url, context, nextLoad) {
      const ours =
        url.startsWith(packageRoot) &&
        url.endsWith(".ts") &&
        !url.slice(packageRoot.length).includes("node_modules/");
      if (!ours) return nextLoad(url, context);
      const filePath = fileURLToPath(url);
      const source = strippedSource(cacheDir, filePath, readFileSync(filePath, "utf8"));
      return { format: "module", source, shortCircuit: true };
    },
  });
}
