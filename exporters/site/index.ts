import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { COMPILED_COURSES_VARIABLE, type CompiledFolder } from "../../site/loader/compiled-courses.ts";
import type { CompiledCourse, OutputFile, Target } from "../target.ts";
import { withBuildLock } from "./build-lock.ts";
import { withPagePolicy } from "./page-policy.ts";
import { writeServiceWorker } from "./service-worker.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    ),
  );
  return nested.flat().sort();
}

/**
 * Runs Astro with the project as the working folder. Astro writes its prerender bundle under the
 * working folder when outDir is outside it (`<cwd>/.astro/`), and that bundle imports preact, which
 * resolves only from the project's node_modules: run from the author's folder, the build failed
 * and left `.astro/` there.
 */
async function inProjectFolder<T>(work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(PROJECT_ROOT);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}

/**
 * Packages built earlier in this run (SCORM, xAPI and cmi5 zips, Moodle XML question banks) are
 * offered for download on each course's packages page; the model's JSON is not a package.
 */
function downloadsOf(built: ReadonlyMap<string, OutputFile[]>): OutputFile[] {
  return [...built.values()].flat().filter((file) => /\.(zip|xml)$/.test(file.path));
}

/** The compiled courses by source folder (a course, then its language editions), as the site takes them. */
function compiledFolders(courses: readonly CompiledCourse[]): CompiledFolder[] {
  const byDir = new Map<string, CompiledFolder>();
  for (const { model, source } of courses) {
    const dir = path.resolve(source.displayDir);
    const folder = byDir.get(dir) ?? { dir, models: [] };
    folder.models.push(model);
    byDir.set(dir, folder);
  }
  return [...byDir.values()];
}

/**
 * `site`: the web edition built by Astro into a temporary folder, plus its service worker, handed
 * back as files so exporters/write.ts stays the only writer.
 */
export const siteTarget: Target = {
  name: "site",
  async buildAll(courses, built) {
    const scratch = await mkdtemp(path.join(tmpdir(), "coursemark-site-"));
    const outDir = path.join(scratch, "site");
    const downloads = downloadsOf(built);
    const downloadsFile = path.join(scratch, "downloads.json");
    await writeFile(
      downloadsFile,
      JSON.stringify(
        downloads.map(({ path: filePath, course, module, content }) => ({
          target: filePath.split("/")[0],
          course,
          module,
          path: filePath,
          bytes: content.byteLength,
        })),
      ),
    );
    const folders = compiledFolders(courses);
    const compiledFile = path.join(scratch, "compiled-courses.json");
    await writeFile(compiledFile, JSON.stringify(folders));
    const environment = {
      COURSEMARK_COURSE_DIRS: folders.map((folder) => folder.dir).join(path.delimiter),
      [COMPILED_COURSES_VARIABLE]: compiledFile,
      COURSEMARK_DOWNLOADS: downloadsFile,
      ASTRO_TELEMETRY_DISABLED: "1",
      // Always the learners' edition: with NODE_ENV=development inherited from a shell (or a dev
      // server), Vite would build the preview flavour, lesson pages inside the preview LMS.
      NODE_ENV: "production",
    };
    const previous = Object.fromEntries(Object.keys(environment).map((key) => [key, process.env[key]]));
    Object.assign(process.env, environment);
    try {
      const { build } = await import("astro");
      await withBuildLock(PROJECT_ROOT, () =>
        inProjectFolder(() => build({ root: PROJECT_ROOT, outDir, logLevel: "warn", mode: "production" })),
      );
      await writeServiceWorker(outDir);
      const courseIds = new Set(courses.map((course) => course.model.id));
      const files: OutputFile[] = [];
      for (const relative of await listFiles(outDir)) {
        const built = new Uint8Array(await readFile(path.join(outDir, relative)));
        const content = relative.endsWith(".html")
          ? new TextEncoder().encode(withPagePolicy(new TextDecoder().decode(built)))
          : built;
        const first = relative.split("/")[0] ?? "";
        files.push({
          path: `site/${relative}`,
          content,
          course: courseIds.has(first) ? first : null,
          module: null,
        });
      }
      for (const download of downloads) {
        files.push({ ...download, path: `site/downloads/${download.path}`, extra: undefined });
      }
      return files;
    } finally {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await rm(scratch, { recursive: true, force: true });
    }
  },
};
