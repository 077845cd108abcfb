import path from "node:path";
import type { Loader } from "astro/loaders";
import { collectDiagnostics, type DiagnosticReport, formatHuman } from "../../engine/diagnostics/format.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { findCourseDirs, readCourse } from "../../engine/source/read-course.ts";
import { setPreviewDiagnostics } from "./preview-diagnostics.ts";

export interface CoursemarkLoaderOptions {
  /** Folder holding the course folders (default course-src). */
  courseSrc: string;
  /** Only these course folders, when set (the CLI passes the ones it was given). */
  courseDirs?: string[];
}

/**
 * Adapts the engine to Astro's content layer: the engine stays the only parser. On errors the
 * last good entry stays in the store (the preview keeps showing it) and the diagnostics go to
 * the terminal and to the preview overlay.
 */
export function coursemarkLoader(options: CoursemarkLoaderOptions): Loader {
  return {
    name: "coursemark",
    async load({ store, logger, watcher, generateDigest }) {
      const root = path.resolve(options.courseSrc);
      const sync = async () => {
        const dirs = options.courseDirs?.map((dir) => path.resolve(dir)) ?? (await findCourseDirs(root));
        const reports: DiagnosticReport[] = [];
        for (const dir of dirs) {
          const result = compileCourse(await readCourse(dir));
          const report = collectDiagnostics(result.files);
          reports.push(report);
          // The CLI already printed diagnostics before a build; the preview prints them here.
          if (watcher && report.diagnostics.length > 0) logger.warn(`\n${formatHuman(report)}`);
          if (!result.model) continue;
          const data = result.model as unknown as Record<string, unknown>;
          store.set({ id: result.model.id, data, digest: generateDigest(data) });
        }
        setPreviewDiagnostics(reports.flatMap((report) => report.diagnostics));
      };
      await sync();
      if (!watcher) return;
      watcher.add(root);
      const onChange = async (changed: string) => {
        if (!path.resolve(changed).startsWith(root)) return;
        logger.info(`course source changed: ${path.relative(process.cwd(), changed)}`);
        await sync();
      };
      watcher.on("change", onChange);
      watcher.on("add", onChange);
      watcher.on("unlink", onChange);
    },
  };
}
