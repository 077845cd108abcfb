import path from "node:path";
import type { Loader } from "astro/loaders";
import { collectDiagnostics, type Diagnostic, formatHuman } from "../../engine/diagnostics/format.ts";
import { compileEditions } from "../../engine/i18n/editions.ts";
import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { keepParsedTrees } from "../../engine/parse/processor.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { compiledCoursesFromEnvironment } from "./compiled-courses.ts";
import { setPreviewDiagnostics } from "./preview-diagnostics.ts";
import { courseDirsFromEnvironment, isInside } from "./watched-courses.ts";

/**
 * Adapts the engine to Astro's content layer: the engine stays the only parser. On errors the
 * last good entry stays in the store (the preview keeps showing it) and the diagnostics go to
 * the terminal and the preview overlay. The preview integration re-runs this loader with the
 * changed file (`refreshContextData.changed`), and only that course is re-compiled. A site build
 * takes the models the CLI compiled (compiled-courses.ts) and compiles nothing.
 */
export function coursemarkLoader(): Loader {
  const diagnosticsByDir = new Map<string, Diagnostic[]>();
  return {
    name: "coursemark",
    async load({ store, logger, generateDigest, refreshContextData }) {
      const changed =
        typeof refreshContextData?.changed === "string" ? refreshContextData.changed : undefined;
      const setModel = (model: CourseModel) => {
        const data = model as unknown as Record<string, unknown>;
        return store.set({ id: model.id, data, digest: generateDigest(data) });
      };
      const compiled = changed ? undefined : await compiledCoursesFromEnvironment();
      if (compiled) {
        store.clear();
        for (const folder of compiled) for (const model of folder.models) setModel(model);
        return;
      }
      // The preview compiles on every save: unchanged files reuse their parsed trees.
      keepParsedTrees();
      const dirs = await courseDirsFromEnvironment();
      const selected = changed ? dirs.filter((dir) => isInside(changed, dir)) : dirs;
      // A full load starts empty: Astro keeps its store between builds, and a course built before
      // (or one removed since) must not appear. A refresh after a save keeps the last good build.
      if (!changed) {
        store.clear();
        diagnosticsByDir.clear();
      }
      let contentChanged = false;
      for (const dir of selected) {
        const source = await readCourse(dir);
        const result = compileCourse(source);
        // Language editions (translations/<lang>.xlf) are courses of their own: `/sample_fr/…`.
        const editions = result.model ? compileEditions(result.model, source) : { files: [], models: [] };
        const report = collectDiagnostics([...result.files, ...editions.files]);
        diagnosticsByDir.set(dir, report.diagnostics);
        // The CLI already printed diagnostics before a build; the preview prints them here.
        if (changed && report.diagnostics.length > 0) logger.warn(`\n${formatHuman(report)}`);
        for (const model of result.model ? [result.model, ...editions.models] : []) {
          contentChanged = setModel(model) || contentChanged;
        }
      }
      if (changed) logger.info(`compiled after a change to ${path.relative(process.cwd(), changed)}`);
      setPreviewDiagnostics([...diagnosticsByDir.values()].flat(), contentChanged);
    },
  };
}
