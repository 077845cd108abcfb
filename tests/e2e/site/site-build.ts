import path from "node:path";
import { sharedBuild } from "../support/shared-builds.ts";

export const SAMPLE_COURSE = "course-src/sample";

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
