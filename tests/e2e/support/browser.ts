import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Browser tests use the machine's Chromium (Playwright cannot download its own here).
 * CHROMIUM_PATH overrides the default; set it to "playwright" to use Playwright's own browsers.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function chromiumLaunchOptions(): LaunchOptions {
  if (CHROMIUM_PATH === "playwright") return { args: FLAGS };
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium), ` +
        "or point CHROMIUM_PATH at a Chromium binary, or set CHROMIUM_PATH=playwright after `npx playwright install chromium`.",
    );
  }
  return { executablePath: CHROMIUM_PATH, args: FLAGS };
}
