/**
 * Package benchmark: Lighthouse (mobile settings, the machine's Chromium) on a SCORM 2004 module
 * package's launch page as a learner first opens it, with no LMS around it (the player falls back
 * to this device). The package is the first of the course whose first screen shows a photo.
 * Targets (issue 11): performance ≥ 95, the other categories 100. Prints each package's firstOpenBytes.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileCourse } from "../../engine/model/compile-course.ts";
import type { CourseModel } from "../../engine/model/schema.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { runtimePlayer } from "../../exporters/scorm-shared/runtime-player.ts";
import { createScorm2004Target } from "../../exporters/scorm2004/index.ts";
import { readZip } from "../../exporters/zip.ts";
import { serveStatic } from "../e2e/support/static-server.ts";
import { lighthouseScores } from "./site.bench.ts";

const COURSE_DIR = process.env.BENCH_PACKAGE_COURSE ?? "course-src/sample";

/** The first module whose first screen has a raster image (else the first module). */
function moduleWithPhoto(model: CourseModel): string | undefined {
  const withPhoto = model.modules.find((module) =>
    module.lessons[0]?.screens[0]?.blocks.some(
      (block) => block.kind === "image" && /\.(png|jpe?g|webp)$/i.test(block.src),
    ),
  );
  return (withPhoto ?? model.modules[0])?.id;
}

export async function benchPackage(): Promise<void> {
  console.log(`\nSCORM 2004 launch page: ${COURSE_DIR}`);
  const source = await readCourse(COURSE_DIR);
  const { model } = compileCourse(source);
  if (!model) throw new Error(`${COURSE_DIR} must compile`);
  const target = createScorm2004Target(runtimePlayer);
  if (!("build" in target)) throw new Error("the scorm2004 target builds packages");
  const packages = await target.build({ model, source }, { split: "module" });
  for (const file of packages) console.log(`${file.path}: first open ${file.extra?.firstOpenBytes} B gzip`);
  const moduleId = moduleWithPhoto(model);
  const chosen = packages.find((file) => file.module === moduleId);
  if (!chosen) throw new Error(`no package for module ${moduleId}`);
  const dir = await mkdtemp(path.join(tmpdir(), "coursemark-package-bench-"));
  for (const [name, bytes] of readZip(chosen.content)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), bytes);
  }
  const server = await serveStatic(dir, 120_000, { gzip: true });
  try {
    await lighthouseScores({ package: `${server.url}/index.html` });
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPackage();
