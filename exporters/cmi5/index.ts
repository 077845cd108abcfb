import type { PlayerProvider } from "../scorm-shared/player.ts";
import type { Target } from "../target.ts";
import { createXapiTarget } from "../xapi-shared/package.ts";
import { cmi5Flavour } from "./course-structure.ts";

/** `cmi5`: cmi5 packages (cmi5.xml), `cmi5/<course>--<module>.zip` (or one course structure per course). */
export const createCmi5Target = (player: PlayerProvider): Target => createXapiTarget(cmi5Flavour, player);
