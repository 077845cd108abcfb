import { defineConfig } from "vitest/config";

/** `npm run fuzz`: the long property runs (FUZZ_RUNS, default 1,000; FUZZ_SEED to replay one). */
export default defineConfig({
  test: {
    include: ["tests/fuzz/**/*.fuzz.test.ts"],
    pool: "forks",
    testTimeout: 600_000,
  },
});
