/**
 * How small can a module package's first open get? (docs/dev/first-open.md)
 *
 *   node tests/tools/first-open-floor.ts [course dir] [module id]
 *
 * Prints, gzip -9 as the budget tests count it: the libraries' own floor (XState's statecharts, and
 * Preact with hooks); the package's first open today (page, player.js, player.css); and a lower bound
 * with everything a first screen of prose can do without left out of the player (every interaction and
 * block view, the interaction machine, the lesson menu, credits and notices: stubbed, so the player no
 * longer works) and the page carrying only the first lesson's screens.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { compileCourse } from "../../engine/model/compile-course.ts";
import { readCourse } from "../../engine/source/read-course.ts";
import { BROWSER_TARGETS, compilePlayerBundle, minifyPlayerScript } from "../../exporters/bundle.ts";
import { contentsOfScope } from "../../exporters/bundle-contents.ts";
import { runtimePlayer } from "../../exporters/scorm-shared/runtime-player.ts";
import { createScorm2004Target } from "../../exporters/scorm2004/index.ts";
import { readZip } from "../../exporters/zip.ts";

const [courseDir = "course-src/selling-online", wantedModule] = process.argv.slice(2);
const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A library's floor: the smallest program that uses it as the player does, minified as the player is. */
async function libraryFloor(program: string): Promise<number> {
  const result = await build({
    stdin: { contents: program, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "iife",
    write: false,
    target: BROWSER_TARGETS,
    define: { "process.env.NODE_ENV": '"production"' },
  });
  return gz(await minifyPlayerScript(result.outputFiles[0]?.contents ?? new Uint8Array()));
}

const xstate = await libraryFloor(
  `import { setup, createActor, assign } from "xstate";
   const machine = setup({}).createMachine({ initial: "a", states: { a: { on: { go: { target: "b", actions: assign({}) } } }, b: {} } });
   createActor(machine).start().send({ type: "go" });`,
);
const preact = await libraryFloor(
  `import { h, render } from "preact"; import { useEffect, useState } from "preact/hooks";
   render(h(() => { const [s] = useState(1); useEffect(() => {}, []); return h("p", null, String(s)); }, null), document.body);`,
);

const source = await readCourse(courseDir);
const { model } = compileCourse(source);
if (!model) throw new Error(`${courseDir} must compile`);
const module = model.modules.find((candidate) => candidate.id === wantedModule) ?? model.modules[0];
if (!module) throw new Error(`${courseDir} has no module`);
const target = createScorm2004Target(runtimePlayer);
if (!("build" in target)) throw new Error("the scorm2004 target builds packages");
const built = await target.build({ model, source }, { split: "module" });
const file = built.find((candidate) => candidate.module === module.id);
if (!file) throw new Error(`no package for ${module.id}`);
const entries = readZip(file.content);
const page = new TextDecoder().decode(entries.get("index.html"));
const [pageNow, jsNow, cssNow] = [page, entries.get("player.js"), entries.get("player.css")].map((part) =>
  gz(part ?? ""),
) as [number, number, number];

/** Parts a first screen of prose does without: each file's exports become `() => null`. */
const STUBBED = [
  "runtime/player/lesson-menu.tsx",
  "runtime/player/credits-view.tsx",
  "runtime/player/notices-view.tsx",
  "runtime/interaction/interaction-host.tsx",
  "machines/interaction.machine.ts",
  "tracking/interaction-responses.ts",
];
const stubParts: Plugin = {
  name: "stub-parts",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (!STUBBED.some((part) => args.path.endsWith(part))) return undefined;
      const names = [...readFileSync(args.path, "utf8").matchAll(/export (?:function|const|class) (\w+)/g)];
      return {
        contents: names.map(([, name]) => `export const ${name} = () => null;`).join("\n"),
        loader: "ts",
      };
    });
  },
};
const bare = { ...contentsOfScope(model, { kind: "module", moduleId: module.id }), types: [], blocks: [] };
const jsBare = gz((await compilePlayerBundle("scorm2004", bare, [stubParts]))["player.js"]);

/** The page with the other lessons' screens taken out of its course data (their titles stay, for the menu). */
const DATA = /(<script type="application\/json" id="coursemark-course">)([\s\S]*?)(<\/script>)/;
const pageFirstLesson = page.replace(DATA, (_all, open: string, json: string, close: string) => {
  const data = JSON.parse(json) as typeof model;
  for (const each of data.modules)
    for (const [index, lesson] of each.lessons.entries()) if (index > 0) lesson.screens = [];
  return `${open}${JSON.stringify(data)}${close}`;
});
const pageBare = gz(pageFirstLesson);

console.log(`Module package ${file.path} (SCORM 2004), gzip -9:`);
console.log(`  libraries' floor: XState ${kb(xstate)} + Preact ${kb(preact)} = ${kb(xstate + preact)}`);
console.log(
  `  first open today: page ${kb(pageNow)} + player.js ${kb(jsNow)} + player.css ${kb(cssNow)} = ${kb(pageNow + jsNow + cssNow)}`,
);
console.log(
  `  lower bound: page with the first lesson only ${kb(pageBare)} + player.js without interactions, blocks, menu, credits, notices ${kb(jsBare)} = ${kb(pageBare + jsBare)} before any CSS`,
);
console.log(`  issue 11's goal: ${kb(40 * 1024)}`);
