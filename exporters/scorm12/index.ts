import { createScormTarget, type ScormFlavour } from "../scorm-shared/package.ts";
import type { PlayerProvider } from "../scorm-shared/player.ts";
import type { Target } from "../target.ts";
import { MANIFEST_12, SCHEMA_FILES_12 } from "./manifest.ts";

export const scorm12Flavour: ScormFlavour = {
  version: "scorm12",
  manifest: MANIFEST_12,
  schemaDir: new URL("./schemas/", import.meta.url),
  schemaFiles: SCHEMA_FILES_12,
};

export const createScorm12Target = (player: PlayerProvider): Target =>
  createScormTarget(scorm12Flavour, player);
