/**
 * Compiler benchmark: synthetic courses of 10, 100 and 1,000 lessons, each run through the CLI as an
 * author would (`check`, then `build --target model`) in a child process. Prints wall time, CPU time
 * and peak memory (median of BENCH_RUNS runs, default 3), then the 1,000/100 time ratio.
 * Targets on a 2-core machine: 1,000 lessons under 5 s per command, ratio under 12.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ResourceStats } from "./resource-usage.ts";
import { writeSyntheticCourse } from "./synthetic-course.ts";

const SIZES = [10, 100, 1_000] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 5_000;
const TARGET_RATIO = 12;
const BIN = fileURLToPath(new URL("../../cli/bin.mjs", import.meta.url));
const HOOK = fileURLToPath(new URL("./resource-usage.ts", import.meta.url));

interface Sample extends ResourceStats {
  wallMs: number;
}

async function runCli(cwd: string, args: string[], statsFile: string): Promise<Sample> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", HOOK, BIN, ...args], {
    cwd,
    env: { ...process.env, COURSEMARK_BENCH_STATS: statsFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`coursemark ${args.join(" ")} exited ${code}:\n${stderr}`);
  const stats = JSON.parse(await readFile(statsFile, "utf8")) as ResourceStats;
  return { wallMs, ...stats };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function summarise(samples: Sample[]): Sample {
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    maxRssKb: Math.max(...samples.map((sample) => sample.maxRssKb)),
  };
}

async function lessonCount(modelFile: string): Promise<number> {
  const model = JSON.parse(await readFile(modelFile, "utf8")) as { modules: Array<{ lessons: unknown[] }> };
  return model.modules.reduce((total, module) => total + module.lessons.length, 0);
}

const loadLine = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(" ");

const row = (size: number, command: string, sample: Sample) =>
  `${String(size).padStart(6)}  ${command.padEnd(5)}  ${(sample.wallMs / 1000).toFixed(2).padStart(7)} s  ${(sample.cpuMs / 1000).toFixed(2).padStart(7)} s  ${(sample.maxRssKb / 1024).toFixed(0).padStart(6)} MB`;

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
  console.log(
    `1,000/100 time ratio: ${ratio.toFixed(1)} wall, ${cpuRatio.toFixed(1)} CPU (target < ${TARGET_RATIO})`,
  );
  console.log(
    `1,000 lessons: slowest command ${(slowest / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s): ${slowest < TARGET_MS && ratio < TARGET_RATIO ? "met" : "MISSED"}`,
  );
}

await main();
