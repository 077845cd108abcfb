#!/usr/bin/env node
// Plain JavaScript any Node can parse: check the version before loading the TypeScript CLI,
// whose types are stripped as it loads (typescript-cache.mjs, kept on disk), so no build step is needed.
import { loadTypeScriptThroughCache } from "./typescript-cache.mjs";

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

// Our TypeScript loads through a cache of its stripped JavaScript (also where Node refuses to strip
// types itself: an installed package's files sit under node_modules).
loadTypeScriptThroughCache(new URL("../", import.meta.url).href);

const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
