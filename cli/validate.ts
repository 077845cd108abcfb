import { readFile } from "node:fs/promises";
import type { VFile } from "vfile";
import { collectDiagnostics, formatHuman, formatJson } from "../engine/diagnostics/format.ts";
import { validatePackage } from "../exporters/validate/validate-package.ts";
import { UsageError } from "./usage.ts";

/** `coursemark validate <package.zip>…`: every problem of every package, then the exit code. */
export async function validatePackages(
  zips: string[],
  format: "human" | "json",
  strict: boolean,
): Promise<number> {
  if (zips.length === 0) throw new UsageError("Missing package, expected validate <package.zip>…");
  const files: VFile[] = [];
  for (const zip of zips) {
    const bytes = await readFile(zip).catch(() => {
      throw new UsageError(`"${zip}" cannot be read`);
    });
    files.push(...(await validatePackage(zip, bytes)).files);
  }
  const report = collectDiagnostics(files);
  if (format === "json") process.stdout.write(formatJson(report));
  else process.stderr.write(formatHuman(report));
  const { errors, warnings } = report.summary;
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}
