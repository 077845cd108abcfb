#!/usr/bin/env node
// Plain JavaScript any Node can parse: check the version before loading the TypeScript CLI,
// which Node ≥ 22.19 runs directly (type stripping), so no build step is needed.
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
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
