import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CLI = path.resolve("cli/bin.mjs");
export const SAMPLE_COURSE = "course-src/sample";

/**
 * Builds the web edition of a course with the real CLI into a fresh folder; returns dist/site.
 * `environment` adds variables to the CLI's (e.g. what an author's shell might set).
 */
export async function buildSite(
  courseDir = SAMPLE_COURSE,
  targets = "site",
  environment: Record<string, string> = {},
): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), "coursemark-site-e2e-"));
  await run(process.execPath, [CLI, "build", courseDir, "--target", targets, "--out", out], {
    maxBuffer: 1 << 24,
    env: { ...process.env, ...environment },
  });
  return path.join(out, "site");
}
