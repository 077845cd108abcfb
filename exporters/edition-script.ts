/**
 * `editions/<page>.<lang>.js`: another language edition of a package's page, which the player loads
 * only when the learner's platform prefers that language (engine/runtime/editions.ts). A classic
 * script, as the player is, so it runs from file:// too: the edition's player catalogue, then its
 * scope-trimmed model as data. Nothing in it is fetched at first open.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { primarySubtag } from "../engine/i18n/language-tag.ts";
import { canonicalJson } from "../engine/model/canonical-json.ts";
import type { CourseModel } from "../engine/model/schema.ts";
import { EDITIONS_GLOBAL } from "../engine/runtime/editions.ts";
import { CATALOGUE_LANGUAGES } from "../engine/runtime/messages/catalogues.ts";
import { type PlayerScope, trimCourse } from "../engine/runtime/scope.ts";
import { BROWSER_TARGETS } from "./bundle.ts";

const MESSAGES = fileURLToPath(new URL("../engine/runtime/messages/", import.meta.url));
const CATALOGUE_GLOBAL = "coursemarkCatalogue";

const catalogues = new Map<string, Promise<string>>();

/** One language's player catalogue as a script defining `coursemarkCatalogue.messages` (built once per language). */
function catalogueScript(lang: string): Promise<string> {
  const name = CATALOGUE_LANGUAGES.includes(primarySubtag(lang)) ? primarySubtag(lang) : "en";
  let script = catalogues.get(name);
  if (!script) {
    script = build({
      stdin: {
        contents: `export { ${name} as messages } from "./${name}.ts";`,
        resolveDir: MESSAGES,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "iife",
      globalName: CATALOGUE_GLOBAL,
      minify: true,
      target: BROWSER_TARGETS,
      charset: "utf8",
      legalComments: "none",
      logLevel: "silent",
    }).then((result) => result.outputFiles[0]?.text ?? "");
    catalogues.set(name, script);
  }
  return script;
}

/** A page's edition script, relative to the page (`au/index.html` → `editions/index.fr.js`). */
export function editionScriptSource(pageFile: string, lang: string): string {
  return `editions/${path.posix.basename(pageFile, ".html")}.${lang}.js`;
}

export async function editionScript(edition: CourseModel, scope: PlayerScope): Promise<Uint8Array> {
  const model = canonicalJson(trimCourse(edition, scope), 0).trimEnd();
  const register = `(self.${EDITIONS_GLOBAL}=self.${EDITIONS_GLOBAL}||{})[${JSON.stringify(edition.lang)}]={messages:${CATALOGUE_GLOBAL}.messages,course:${model}};\n`;
  return new TextEncoder().encode((await catalogueScript(edition.lang)) + register);
}
