import { LRS_CONNECT_SOURCES } from "../../engine/runtime/content-security-policy.ts";
import { renderPlayerPage } from "../../engine/runtime/page.ts";
import { buildPlayerBundle } from "../bundle.ts";
import { contentsOfScope } from "../bundle-contents.ts";
import { renderFirstScreen } from "../first-screen.ts";
import type { PlayerProvider } from "./player.ts";

/**
 * The real learner runtime in a package: the player bundle for the package's tracker, carrying only
 * the interaction types (and assessment) the package shows, next to index.html, whose first screen
 * is already rendered.
 */
export const runtimePlayer: PlayerProvider = async ({ course, scope, title, tracker, packageScope }) => {
  const contents = contentsOfScope(course, packageScope ?? scope);
  const [bundle, firstScreen] = await Promise.all([
    buildPlayerBundle({ tracker, contents }),
    renderFirstScreen(course, scope),
  ]);
  return {
    page: renderPlayerPage({
      course,
      scope,
      lang: course.lang,
      title,
      assetsBase: "",
      firstScreen,
      // SCORM talks to the LMS by script in the parent frame; xAPI and cmi5 fetch their LRS.
      connectSources: tracker === "scorm12" || tracker === "scorm2004" ? [] : LRS_CONNECT_SOURCES,
    }),
    launchAssets: new Map([
      ["player.js", bundle["player.js"]],
      ["player.css", bundle["player.css"]],
    ]),
  };
};
