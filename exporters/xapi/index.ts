import type { PlayerProvider } from "../scorm-shared/player.ts";
import type { Target } from "../target.ts";
import { createXapiTarget } from "../xapi-shared/package.ts";
import { tincanFlavour } from "./tincan.ts";

/** `xapi`: TinCan packages (tincan.xml), `xapi/<course>--<module>.zip` (or one per course). */
export const createXapiPackageTarget = (player: PlayerProvider): Target =>
  createXapiTarget(tincanFlavour, player);
