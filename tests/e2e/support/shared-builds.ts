import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { promisify } from "node:util";

const run = promisify(execFile);
const CLI = path.resolve("cli/bin.mjs");
/** Set by the global setup: where the builds of one test run live, shared by every worker. */
export const BUILDS_ENV = "COURSEMARK_E2E_BUILDS";

export interface BuildRequest {
  /** One course folder, or several built together (one web edition listing them all). */
  courseDir: string | readonly string[];
  targets: string;
  /** Variables added to the CLI's environment (what an author's shell might set). */
  environment?: Record<string, string>;
}

function keyOf(request: BuildRequest): string {
  const text = JSON.stringify([request.courseDir, request.targets, request.environment ?? {}]);
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

async function runBuild(request: BuildRequest, out: string): Promise<void> {
  await run(
    process.execPath,
    [CLI, "build", ...[request.courseDir].flat(), "--target", request.targets, "--out", out],
    {
      maxBuffer: 1 << 24,
      env: { ...process.env, ...request.environment },
    },
  );
}

/**
 * Builds a course with the real CLI once per test run, whichever worker asks first; the others wait
 * until it is done (a build takes what it takes on a busy machine; no test times it). Returns the
 * output folder. Outside a test run (no global setup) every call builds into a fresh folder.
 */
export async function sharedBuild(request: BuildRequest): Promise<string> {
  const root = process.env[BUILDS_ENV];
  if (!root) {
    const out = await mkdtemp(path.join(tmpdir(), "coursemark-e2e-"));
    await runBuild(request, out);
    return out;
  }
  const out = path.join(root, keyOf(request));
  const done = `${out}.done`;
  const failed = `${out}.failed`;
  try {
    await mkdir(`${out}.lock`);
  } catch {
    while (!existsSync(done)) {
      if (existsSync(failed))
        throw new Error(`The shared build of ${request.courseDir} failed in another worker`);
      await delay(250);
    }
    return out;
  }
  try {
    await runBuild(request, out);
    await writeFile(done, "");
    return out;
  } catch (error) {
    await writeFile(failed, String(error));
    throw error;
  }
}

/** Global setup: a fresh folder for this run's builds (made on first use), removed when the run ends. */
export async function prepareSharedBuilds(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), "coursemark-e2e-builds-"));
  process.env[BUILDS_ENV] = root;
  return () => rm(root, { recursive: true, force: true });
}
