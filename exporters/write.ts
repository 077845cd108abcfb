import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson } from "../engine/model/canonical-json.ts";
import type { OutputFile } from "./target.ts";

export const BUILD_REPORT_VERSION = 1;

export interface Artefact {
  target: string;
  course: string | null;
  module: string | null;
  path: string;
  bytes: number;
  sha256: string;
  [extra: string]: unknown;
}

async function readPreviousArtefacts(outDir: string): Promise<Artefact[]> {
  try {
    const report = JSON.parse(await readFile(path.join(outDir, "build-report.json"), "utf8")) as {
      artefacts?: Artefact[];
    };
    return Array.isArray(report.artefacts) ? report.artefacts : [];
  } catch {
    return [];
  }
}

/**
 * The only file-system writer of a build: replaces each built target's folder under `outDir`,
 * then rewrites build-report.json (artefacts of targets not rebuilt this time are kept).
 */
export async function writeBuild(
  outDir: string,
  outputs: ReadonlyMap<string, OutputFile[]>,
): Promise<Artefact[]> {
  const artefacts: Artefact[] = [];
  for (const [target, files] of outputs) {
    await rm(path.join(outDir, target), { recursive: true, force: true });
    for (const file of files) {
      const destination = path.join(outDir, ...file.path.split("/"));
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.content);
      artefacts.push({
        target,
        course: file.course,
        module: file.module,
        path: file.path,
        bytes: file.content.byteLength,
        sha256: createHash("sha256").update(file.content).digest("hex"),
        ...file.extra,
      });
    }
  }
  const kept = (await readPreviousArtefacts(outDir)).filter((artefact) => !outputs.has(artefact.target));
  const all = [...kept, ...artefacts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  await mkdir(outDir, { recursive: true });
  await writeFile(
    path.join(outDir, "build-report.json"),
    canonicalJson({ schemaVersion: BUILD_REPORT_VERSION, artefacts: all }),
  );
  return all;
}
