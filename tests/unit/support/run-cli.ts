import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CourseFiles } from "./in-memory-course.ts";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const BIN = path.join(REPO, "cli", "bin.mjs");
/** node_modules/.bin first, so `node` is the project's Node 22 (the system one is older). */
const PATH = `${path.join(REPO, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node cli/bin.mjs …args` in `cwd`, as an author would. */
export function runCli(cwd: string, args: readonly string[], node = "node"): CliRun {
  const result = spawnSync(node, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATH, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder; remove it with `removeTempDir`. */
export function createTempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "coursemark-cli-"));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (course path → content) under `dir`. */
export function writeFiles(dir: string, files: CourseFiles): void {
  for (const [coursePath, content] of Object.entries(files)) {
    const destination = path.join(dir, ...coursePath.split("/"));
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, content);
  }
}
