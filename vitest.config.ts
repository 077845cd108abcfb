import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["engine/**/*.test.ts", "exporters/**/*.test.ts", "cli/**/*.test.ts", "tests/unit/**/*.test.ts"],
    exclude: ["**/*.fuzz.test.ts", "node_modules/**"],
    pool: "forks",
    testTimeout: 30_000,
  },
});
