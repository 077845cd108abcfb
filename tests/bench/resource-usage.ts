/**
 * Loaded with `node --import` into a benchmarked CLI run: at exit, writes the process's peak memory
 * and CPU time as JSON to the file named by COURSEMARK_BENCH_STATS.
 */
import { writeFileSync } from "node:fs";

export interface ResourceStats {
  maxRssKb: number;
  cpuMs: number;
}

const target = process.env.COURSEMARK_BENCH_STATS;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const stats: ResourceStats = {
      maxRssKb: usage.maxRSS,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    };
    writeFileSync(target, JSON.stringify(stats));
  });
}
