/**
 * Runs the CLI in a child process as an author would, with resource-usage.ts loaded into it, and
 * returns its wall time, CPU time (user + system, threads included) and peak memory.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { ResourceStats } from "./resource-usage.ts";

const BIN = fileURLToPath(new URL("../../cli/bin.mjs", import.meta.url));
const HOOK = fileURLToPath(new URL("./resource-usage.ts", import.meta.url));

export interface Sample extends ResourceStats {
  wallMs: number;
}

export async function runCli(cwd: string, args: string[], statsFile: string): Promise<Sample> {
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

/** Median wall and CPU time of the runs, and the highest peak memory. */
export function summarise(samples: Sample[]): Sample {
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    maxRssKb: Math.max(...samples.map((sample) => sample.maxRssKb)),
  };
}

/** `label  wall  CPU  peak RSS`, aligned under a header such as "  wall  CPU  peak RSS". */
export function row(label: string, sample: Sample): string {
  return `${label}  ${(sample.wallMs / 1000).toFixed(2).padStart(7)} s  ${(sample.cpuMs / 1000).toFixed(2).padStart(7)} s  ${(sample.maxRssKb / 1024).toFixed(0).padStart(6)} MB`;
}

export const loadLine = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(" ");
