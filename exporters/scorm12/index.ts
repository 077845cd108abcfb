import { buildScormPackages, type ScormFlavour } from "../scorm-shared/package.ts";
import type { PlayerProvider } from "../scorm-shared/player.ts";
import type { Target } from "../target.ts";
import { SCHEMA_FILES_12, writeManifest12 } from "./manifest.ts";

export const scorm12Flavour: ScormFlavour = {
  version: "scorm12",
  writeManifest: writeManifest12,
  schemaDir: new URL("./schemas/", import.meta.url),
  schemaFiles: SCHEMA_FILES_12,
};

/** `scorm12`: single-SCO SCORM 1.2 packages, `scorm12/<course>--<module>.zip` (or one per course). */
export function createScorm12Target(player: PlayerProvider): Target {
  return {
    name: "scorm12",
    build: (course, options) =>
      buildScormPackages(course, scorm12Flavour, options?.split ?? "module", player),
  };
}
