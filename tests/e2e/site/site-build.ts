import path from "node:path";
import { test } from "@playwright/test";
import { sharedBuild } from "../support/shared-builds.ts";
import { type StaticServer, serveStatic } from "../support/static-server.ts";

export const SAMPLE_COURSE = "course-src/sample";
export const GHANA_COURSE = "course-src/selling-online";

/**
 * The web edition of a course built with the real CLI, shared by every test of the run that asks for
 * the same build; returns its dist/site folder (read it, never change it). Call it from a `beforeAll`
 * with `test.setTimeout(0)`: a build takes what it takes on a busy machine, and no test times it.
 */
export async function buildSite(
  courseDir: string | readonly string[] = SAMPLE_COURSE,
  targets = "site",
  environment: Record<string, string> = {},
): Promise<string> {
  return path.join(await sharedBuild({ courseDir, targets, environment }), "site");
}

/**
 * The shared web edition (buildSite's arguments) served on 127.0.0.1 while the calling file's tests
 * run: registers that file's beforeAll and afterAll. Read `url` inside a test.
 */
export function servedSite(...request: Parameters<typeof buildSite>): { readonly url: string } {
  let server: StaticServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(0); // a build takes what it takes on a busy machine; no test times it
    server = await serveStatic(await buildSite(...request));
  });
  test.afterAll(async () => server?.close());
  return {
    get url() {
      if (!server) throw new Error("servedSite: the site is served from beforeAll on");
      return server.url;
    },
  };
}
