import { readFile } from "node:fs/promises";
import path from "node:path";
import { LRS_CONNECT_SOURCES } from "../../engine/runtime/content-security-policy.ts";
import { renderPlayerPage } from "../../engine/runtime/page.ts";
import { PAGE } from "../../engine/runtime/page-contract.ts";
import { buildPlayerBundle } from "../bundle.ts";
import { contentsOfScope } from "../bundle-contents.ts";
import { editionScript, editionScriptSource } from "../edition-script.ts";
import { renderFirstScreen } from "../first-screen.ts";
import type { PlayerProvider } from "./player.ts";

/** The web edition's icon, shipped next to player.css (engine/runtime/page-contract.ts PAGE.icon). */
const ICON = new URL("../../site/public/favicon.svg", import.meta.url);
let icon: Promise<Uint8Array> | undefined;
const readIcon = () => {
  icon ??= readFile(ICON).then((bytes) => new Uint8Array(bytes));
  return icon;
};

/**
 * The real learner runtime in a package: the player bundle for the package's tracker, carrying only
 * the interaction types (and assessment) the package shows, next to index.html, whose first screen
 * is already rendered.
 */
export const runtimePlayer: PlayerProvider = async (request) => {
  const { course, scope, title, tracker, packageScope, file = "index.html", editions = [] } = request;
  const contents = contentsOfScope(course, packageScope ?? scope, editions.length > 0);
  const [bundle, firstScreen, editionScripts, iconBytes] = await Promise.all([
    buildPlayerBundle({ tracker, contents }),
    renderFirstScreen(course, scope),
    Promise.all(editions.map((edition) => editionScript(edition, scope))),
    readIcon(),
  ]);
  const editionSources = editions.map((edition) => ({
    lang: edition.lang,
    src: editionScriptSource(file, edition.lang),
  }));
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
      editions: editionSources,
      icon: true,
    }),
    launchAssets: new Map([
      ["player.js", bundle["player.js"]],
      ["player.css", bundle["player.css"]],
    ]),
    laterAssets: new Map([
      // An image, not part of the first open (a standalone browser asks for it; an LMS frame does not).
      [PAGE.icon, iconBytes],
      ...editionSources.map(
        ({ src }, index) =>
          [
            path.posix.join(path.posix.dirname(file), src),
            editionScripts[index] ?? new Uint8Array(),
          ] as const,
      ),
    ]),
  };
};
