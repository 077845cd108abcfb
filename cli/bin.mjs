#!/usr/bin/env node
// Plain JavaScript any Node can parse: check the version before loading the TypeScript CLI,
// which Node ≥ 22.19 runs directly (type stripping), so no build step is needed.
import { readFileSync } from "node:fs";
import nodeModule from "node:module";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `coursemark needs Node.js 22.19 or newer, but this is ${process.version}.\n` +
      "  In this project, run it through npm, which puts Node 22 from node_modules first on the PATH:\n" +
      "    npx coursemark build    or    npm run build\n" +
      "  Or install Node 22 LTS (https://nodejs.org, or `nvm install 22`).\n",
  );
  process.exit(2);
}

// Installed as a dependency, the CLI's TypeScript sits under node_modules, where Node refuses to
// strip types itself: strip them with Node's own stripper as each of our files loads.
const PACKAGE_ROOT = new URL("../", import.meta.url).href;
if (PACKAGE_ROOT.includes("/node_modules/")) {
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) =>
    String(warning).includes("stripTypeScriptTypes") ? undefined : emitWarning(warning, ...rest);
  nodeModule.registerHooks({
    load(url, context, nextLoad) {
      const ours = url.startsWith(PACKAGE_ROOT) && !url.slice(PACKAGE_ROOT.length).includes("node_modules/");
      if (!ours || !url.endsWith(".ts")) return nextLoad(url, context);
      const source = nodeModule.stripTypeScriptTypes(readFileSync(new URL(url), "utf8"));
      return { format: "module", source, shortCircuit: true };
    },
  });
}

const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
