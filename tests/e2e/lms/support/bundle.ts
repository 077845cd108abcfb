import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const HERE = new URL("../", import.meta.url);

/** One browser script (IIFE) from a test entry: the LMS frame or the test SCO. */
export async function bundleTestScript(
  entry: "harness/lms-frame.ts" | "test-sco/sco.ts",
): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, HERE))],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.contents;
}
