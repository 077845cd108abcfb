import { buildScormPackages, type ScormFlavour } from "../scorm-shared/package.ts";
import type { PlayerProvider } from "../scorm-shared/player.ts";
import type { Target } from "../target.ts";
import { SCHEMA_FILES_2004, writeManifest2004 } from "./manifest.ts";

export const scorm2004Flavour: ScormFlavour = {
  version: "scorm2004",
  writeManifest: writeManifest2004,
  schemaDir: new URL("./schemas/", import.meta.url),
  schemaFiles: SCHEMA_FILES_2004,
};

/** `scorm2004`: single-SCO SCORM 2004 4th ed. packages, `scorm2004/<course>--<module>.zip` (or one per course). */
export function createScorm2004Target(player: PlayerProvider): Target {
  return {
    name: "scorm2004",
    build: (course, options) =>
      buildScormPackages(course, scorm2004Flavour, options?.split ?? "module", player),
  };
}
