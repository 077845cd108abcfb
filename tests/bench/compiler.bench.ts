/**
 * Compiler benchmark: synthetic courses of 10, 100 and 1,000 lessons, each run through the CLI as an
 * author would (`check`, then `build --target model`) in a child process. Prints wall time, CPU time
 * and peak memory (median of BENCH_RUNS runs, default 3), then the 1,000/100 time ratio.
 * Targets on a 2-core machine (issue 14): 1,000 lessons under 5 s CPU per command, ratio under 12.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { row as formatRow, loadLine, runCli, type Sample, summarise } from "./cli-run.ts";
import { writeSyntheticCourse } from "./synthetic-course.ts";

const SIZES = [10, 100, 1_000] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 5_000;
const TARGET_RATIO = 12;

async function lessonCount(modelFile: string): Promise<number> {
  const model = JSON.parse(await readFile(modelFile, "utf8")) as { modules: Array<{ lessons: unknown[] }> };
  return model.modules.reduce((total, module) => total + module.lessons.length, 0);
}

const row = (size: number, command: string, sample: Sample) =>
  formatRow(`${String(size).padStart(6)}  ${command.padEnd(5)}`, sample);

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "coursemark-bench-"));
  const results = new Map<number, { check: Sample; build: Sample }>();
  try {
    console.log(
      `Compiler benchmark, median of ${RUNS} runs (Node ${process.version}, ${availableParallelism()} cores)`,
    );
    console.log(
      `Load average before: ${loadLine()} (other work on the machine inflates wall time, less so CPU time)`,
    );
    console.log(" lessons  cmd        wall        CPU    peak RSS");
    for (const size of SIZES) {
      const course = path.join(work, `course-${size}`);
      await writeSyntheticCourse(course, size);
      const statsFile = path.join(work, "stats.json");
      const out = path.join(work, `dist-${size}`);
      const check: Sample[] = [];
      const build: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        check.push(await runCli(work, ["check", course], statsFile));
        build.push(await runCli(work, ["build", course, "--target", "model", "--out", out], statsFile));
      }
      const built = await lessonCount(path.join(out, "model", "bench.json"));
      if (built !== size) throw new Error(`Expected ${size} lessons in the model, found ${built}`);
      results.set(size, { check: summarise(check), build: summarise(build) });
      console.log(row(size, "check", summarise(check)));
      console.log(row(size, "build", summarise(build)));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`Load average after: ${loadLine()}`);
  const large = results.get(1_000);
  const medium = results.get(100);
  if (!large || !medium) return;
  const ratio = (large.check.wallMs + large.build.wallMs) / (medium.check.wallMs + medium.build.wallMs);
  const cpuRatio = (large.check.cpuMs + large.build.cpuMs) / (medium.check.cpuMs + medium.build.cpuMs);
  const slowest = Math.max(large.check.wallMs, large.build.wallMs);
  // Issue 14 states the target in CPU time, which other work on the machine inflates less than wall time.
  const slowestCpu = Math.max(large.check.cpuMs, large.build.cpuMs);
  console.log(
    `1,000/100 time ratio: ${ratio.toFixed(1)} wall, ${cpuRatio.toFixed(1)} CPU (target < ${TARGET_RATIO})`,
  );
  console.log(
    `1,000 lessons: slowest command ${(slowest / 1000).toFixed(2)} s wall, ${(slowestCpu / 1000).toFixed(2)} s CPU (target < ${TARGET_MS / 1000} s CPU): ${slowestCpu < TARGET_MS && cpuRatio < TARGET_RATIO ? "met" : "MISSED"}`,
  );
}

await main();
