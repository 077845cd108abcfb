import { mkdir, open, rm, stat } from "node:fs/promises";
import path from "node:path";

const STALE_MS = 10 * 60_000;

/**
 * Astro builds in the project's `.astro/` folder, so two site builds at once (two terminals, or
 * parallel tests) would break each other. This lock (an exclusive file, stale after 10 minutes)
 * runs them one after the other.
 */
export async function withBuildLock<T>(projectRoot: string, work: () => Promise<T>): Promise<T> {
  const dir = path.join(projectRoot, "node_modules", ".cache", "coursemark");
  await mkdir(dir, { recursive: true });
  const lockFile = path.join(dir, "site-build.lock");
  for (;;) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.close();
      break;
    } catch {
      const age = await stat(lockFile).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS) await rm(lockFile, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}
