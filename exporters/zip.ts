/**
 * The only adm-zip import. Packages are deterministic (same files → same bytes → same sha256):
 * entries sorted by path, one fixed modification time, fixed permissions, no directory entries.
 * Paths are checked for what an LMS (and the Moodle app on Android) accepts: STANDARDS.md §6.8.
 */
import AdmZip from "adm-zip";
import { packagePathProblem } from "../engine/model/package-path.ts";

/** A package's content: path inside the zip (`/`-separated) → bytes. */
export type FileTree = ReadonlyMap<string, Uint8Array>;

/** 2020-01-01 00:00:00 as an MS-DOS date/time, set directly so the host's time zone never leaks in. */
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = (DOS_DATE << 16) >>> 0;

/** Why a path may not go into a package, or undefined when it may. */
export const zipPathProblem = packagePathProblem;

export function createZip(files: FileTree): Uint8Array {
  const zip = new AdmZip();
  for (const path of [...files.keys()].sort()) {
    const problem = zipPathProblem(path);
    if (problem) throw new Error(`Cannot put "${path}" in a package: it has ${problem}`);
    const entry = zip.addFile(path, Buffer.from(files.get(path) ?? new Uint8Array()), "", 0o644);
    entry.header.timeval = FIXED_DOS_TIME;
  }
  return new Uint8Array(zip.toBuffer());
}

/** Reads a package back (tests, inspection): entry name → bytes, in zip order. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = new AdmZip(Buffer.from(bytes));
  return new Map(zip.getEntries().map((entry) => [entry.entryName, new Uint8Array(entry.getData())]));
}
