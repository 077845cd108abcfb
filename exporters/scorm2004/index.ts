import { createScormTarget, type ScormFlavour } from "../scorm-shared/package.ts";
import type { PlayerProvider } from "../scorm-shared/player.ts";
import type { Target } from "../target.ts";
import { MANIFEST_2004, SCHEMA_FILES_2004 } from "./manifest.ts";

export const scorm2004Flavour: ScormFlavour = {
  version: "scorm2004",
  manifest: MANIFEST_2004,
  schemaDir: new URL("./schemas/", import.meta.url),
  schemaFiles: SCHEMA_FILES_2004,
};

export const createScorm2004Target = (player: PlayerProvider): Target =>
  createScormTarget(scorm2004Flavour, player);
