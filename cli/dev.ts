import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * `coursemark dev`: the author preview, Astro's dev server on 127.0.0.1. Saving a file under the
 * course folders re-compiles and reloads the page; diagnostics show in the terminal and the page.
 */
export async function startPreview(
  courseDirs: string[],
  port: number,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (courseDirs.length > 0) {
    process.env.COURSEMARK_COURSE_DIRS = courseDirs.map((dir) => path.resolve(dir)).join(path.delimiter);
  }
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  // The preview is always the development server: with NODE_ENV=test or production inherited from
  // a shell (or a test runner), Astro's dev server answered every page with 404.
  process.env.NODE_ENV = "development";
  const { dev } = await import("astro");
  const server = await dev({ root: PROJECT_ROOT, server: { host: "127.0.0.1", port }, logLevel: "info" });
  return { url: `http://127.0.0.1:${server.address.port}/`, stop: () => server.stop() };
}
