import { readFile } from "node:fs/promises";
import type { CourseModel } from "../../engine/model/schema.ts";

/** A course folder as the CLI compiled it: the course's model, then its language editions'. */
export interface CompiledFolder {
  dir: string;
  models: CourseModel[];
}

/** Names the JSON file of CompiledFolder[] that a site build is handed by exporters/site. */
export const COMPILED_COURSES_VARIABLE = "COURSEMARK_COMPILED_COURSES";

/**
 * The courses the CLI compiled (and checked) before building the site, so the site shows the very
 * models the packages were built from instead of compiling each course again; undefined in the
 * preview, which compiles as the author saves.
 */
export async function compiledCoursesFromEnvironment(): Promise<CompiledFolder[] | undefined> {
  const file = process.env[COMPILED_COURSES_VARIABLE];
  if (!file) return undefined;
  return JSON.parse(await readFile(file, "utf8")) as CompiledFolder[];
}
