import { it } from "vitest";
import { assertCompilerRobust } from "./compiler-property.ts";

const runs = Number(process.env.FUZZ_RUNS ?? 1_000);
const seed =
  process.env.FUZZ_SEED === undefined
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env.FUZZ_SEED);

it(
  `keeps the compiler's contract on ${runs} mutated courses (seed ${seed}; rerun with FUZZ_SEED=${seed})`,
  async () => {
    console.log(`fuzz: ${runs} runs, seed ${seed}`);
    await assertCompilerRobust({ runs, seed });
  },
  Math.max(600_000, runs * 2_000),
);
