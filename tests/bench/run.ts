/**
 * `npm run bench [name…]`: runs each benchmark in its own Node process, one after another, so they
 * do not disturb each other's timings. Add a benchmark by listing its file here.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BENCHES = ["compiler.bench.ts", "site-build.bench.ts", "site.bench.ts", "package.bench.ts"];

const wanted = process.argv.slice(2);
const selected = BENCHES.filter(
  (file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)),
);
if (selected.length === 0) {
  console.error(`No benchmark matches ${wanted.join(", ")}; expected one of ${BENCHES.join(", ")}`);
  process.exit(2);
}
for (const file of selected) {
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(file, import.meta.url))], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
