import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/e2e/support/browser.ts";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? "line" : "list",
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    // Nothing a test loads may leave 127.0.0.1.
    serviceWorkers: "allow",
  },
});
