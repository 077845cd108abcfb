/**
 * Site build benchmark: `build --target site` (the Astro web edition, the slowest target) through
 * the CLI in a child process, on the bench course and on a synthetic 1,000-lesson course. Prints
 * wall time, CPU time and peak memory (median of BENCH_RUNS runs, default 3).
 * Targets (issue 14, selling-online): half the CPU time and half the peak memory of a3374be, which
 * took about 33 s CPU and 935 MB on course-src (sample and selling-online, 71 pages) and never
 * finished the 1,000-lesson course in reasonable time (every page compiled every course again).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { loadLine, row, runCli, type Sample, summarise } from "./cli-run.ts";
import { writeSyntheticCourse } from "./synthetic-course.ts";

const COURSE_DIR = path.resolve(process.env.BENCH_COURSE ?? "course-src/selling-online");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SYNTHETIC_LESSONS = 1_000;

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "coursemark-site-bench-"));
  try {
    console.log(
      `\nSite build benchmark, median of ${RUNS} runs (Node ${process.version}, ${availableParallelism()} cores)`,
    );
    console.log(`Load average before: ${loadLine()}`);
    const synthetic = path.join(work, "synthetic");
    await writeSyntheticCourse(synthetic, SYNTHETIC_LESSONS);
    const courses = [
      [path.basename(COURSE_DIR), COURSE_DIR],
      [`${SYNTHETIC_LESSONS} lessons`, synthetic],
    ] as const;
    console.log(`${"course".padEnd(16)}      wall        CPU    peak RSS`);
    for (const [label, dir] of courses) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        const out = path.join(work, "dist");
        samples.push(
          await runCli(work, ["build", dir, "--target", "site", "--out", out], path.join(work, "stats.json")),
        );
        await rm(out, { recursive: true, force: true });
      }
      console.log(row(label.padEnd(16), summarise(samples)));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`Load average after: ${loadLine()}`);
}

await main();
