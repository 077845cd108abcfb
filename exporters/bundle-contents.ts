/**
 * What one package's player bundle carries: the interaction types its scope can show, only where
 * the scope has the final assessment the assessment's machine and view, and the player's words in
 * the course's language (English always, as the fallback). The bundle is built from the
 * same sources for every package; an esbuild plugin leaves out the slices and assessment files the
 * package cannot reach, so a module package does not download code for types it never shows.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { primarySubtag } from "../engine/i18n/language-tag.ts";
import { type KnownInteractionType, scoredTypes } from "../engine/interactions/scored-types.ts";
import { type PlayerScope, planScope } from "../engine/machines/scope.ts";
import type { Block, CourseModel } from "../engine/model/schema.ts";

export interface BundleContents {
  /** Interaction types the bundle carries, in the order scored-types.ts lists them. */
  types: readonly KnownInteractionType[];
  /** Whether it carries the final assessment's machine and view. */
  assessment: boolean;
  /** Primary subtags of the player catalogues it carries besides English. */
  languages: readonly string[];
  /** Whether it can switch to another language edition the package carries (engine/runtime/editions.ts). */
  editions: boolean;
  /** Block views it carries besides prose: block kinds, and panels by variant (`tabs`, `accordion`…). */
  blocks: readonly string[];
}

const allTypes = Object.keys(scoredTypes) as KnownInteractionType[];

/** Everything: the web edition and any caller that does not name a package. */
export const fullContents: BundleContents = {
  types: allTypes,
  assessment: true,
  languages: [],
  editions: true,
  blocks: ["image", "audio", "video", "callout", "accordion", "tabs", "flip-cards"],
};

/** The block views blocks need: their kinds (panels: their variants), callouts' content included. */
function blockViewsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.kind === "callout") return ["callout", ...blockViewsOf(block.content)];
    if (block.kind === "panels") return [block.variant];
    return block.kind === "prose" || block.kind === "interaction" ? [] : [block.kind];
  });
}

/** The contents a scope needs: its lessons' interaction types and, with the assessment, its banks' types. */
export function contentsOfScope(course: CourseModel, scope: PlayerScope, editions = false): BundleContents {
  const plan = planScope(course, scope);
  const used = new Set<string>([...plan.interactions, ...plan.bank].map((interaction) => interaction.type));
  const lessonIds = new Set(plan.steps.flatMap((step) => (step.kind === "screen" ? [step.lessonId] : [])));
  const blocks = course.modules
    .flatMap((module) => module.lessons)
    .filter((lesson) => lessonIds.has(lesson.id))
    .flatMap((lesson) => lesson.screens.flatMap((screen) => blockViewsOf(screen.blocks)));
  return {
    types: allTypes.filter((type) => used.has(type)),
    assessment: plan.hasAssessment,
    // English always, as the fallback (catalogues.ts); English courses need nothing more.
    languages: primarySubtag(course.lang) === "en" ? [] : [primarySubtag(course.lang)],
    editions,
    blocks: fullContents.blocks.filter((view) => blocks.includes(view)),
  };
}

/** A stable key for caching one bundle per tracker and contents within a build. */
export function contentsKey(contents: BundleContents): string {
  const parts = [
    contents.assessment ? "assessment" : "lessons",
    contents.types,
    contents.languages,
    contents.blocks,
  ];
  return `${parts.join(":")}${contents.editions ? ":editions" : ""}`;
}

const ENGINE = fileURLToPath(new URL("../engine/", import.meta.url));
const INTERACTIONS = path.join(ENGINE, "interactions");
/** The files that list every type's runtime parts, and the part files they import per type. */
const TYPE_LISTS = new Set([
  path.join(ENGINE, "runtime", "interaction", "views.ts"),
  path.join(INTERACTIONS, "behaviours.ts"),
]);
const TYPE_PART = /^([a-z-]+)\/(?:view\.tsx|scoring\.ts|tracking\.ts)$/;
/** The assessment's machine and view, as the course machine and the player import them. */
const ASSESSMENT_FILES = new Set([
  path.join(ENGINE, "machines", "assessment.machine.ts"),
  path.join(ENGINE, "runtime", "assessment", "assessment-view.tsx"),
]);

const EDITION_SWITCH = path.join(ENGINE, "runtime", "entries", "switch-edition.ts");
/** What only the web edition's host page shows (its Astro islands never use these bundles). */
const HOST_PARTS = path.join(ENGINE, "runtime", "player", "host-parts.tsx");
const BLOCKS = path.join(ENGINE, "runtime", "blocks");
/** The block-view files the block and panels lists import, by the view name contents.blocks uses. */
const BLOCK_VIEW_FILES: Readonly<Record<string, string>> = {
  "figure-view.tsx": "image",
  "audio-view.tsx": "audio",
  "video-view.tsx": "video",
  "callout-view.tsx": "callout",
  "accordion-view.tsx": "accordion",
  "tabs-view.tsx": "tabs",
  "flip-cards-view.tsx": "flip-cards",
};
const BLOCK_LISTS = new Set([path.join(BLOCKS, "block-view.tsx"), path.join(BLOCKS, "panels-view.tsx")]);
const PANEL_VARIANTS = ["accordion", "tabs", "flip-cards"];

/** Whether a block list imports a view the package never shows (panels-view.tsx: no panels at all). */
function isUnusedBlockView(file: string, importer: string, contents: BundleContents): boolean {
  if (!BLOCK_LISTS.has(importer) || path.dirname(file) !== BLOCKS) return false;
  if (path.basename(file) === "panels-view.tsx")
    return !PANEL_VARIANTS.some((variant) => contents.blocks.includes(variant));
  const view = BLOCK_VIEW_FILES[path.basename(file)];
  return view !== undefined && !contents.blocks.includes(view);
}
const MESSAGES = path.join(ENGINE, "runtime", "messages");
const CATALOGUE_LIST = path.join(MESSAGES, "catalogues.ts");
/** A catalogue the list imports, by language (`fr.ts` → `fr`); English is always carried. */
const catalogueLanguage = (file: string) =>
  path.dirname(file) === MESSAGES ? /^([a-z]{2,3})\.ts$/.exec(path.basename(file))?.[1] : undefined;

/**
 * Whether the package leaves a file out: "absent" where its importer copes with undefined exports
 * (a catalogue, the edition switch, the host page's parts), "stub" where nothing may call them (another type's parts).
 */
function leftOut(file: string, importer: string, contents: BundleContents): "absent" | "stub" | undefined {
  if (importer === CATALOGUE_LIST) {
    const lang = catalogueLanguage(file);
    return lang !== undefined && lang !== "en" && !contents.languages.includes(lang) ? "absent" : undefined;
  }
  if (file === EDITION_SWITCH) return contents.editions ? undefined : "absent";
  if (file === HOST_PARTS) return "absent";
  return isStubbed(file, importer, contents) || isUnusedBlockView(file, importer, contents)
    ? "stub"
    : undefined;
}

function isStubbed(file: string, importer: string, contents: BundleContents): boolean {
  if (ASSESSMENT_FILES.has(file)) return !contents.assessment;
  if (!TYPE_LISTS.has(importer)) return false;
  const type = TYPE_PART.exec(path.relative(INTERACTIONS, file).split(path.sep).join("/"))?.[1];
  return type !== undefined && !contents.types.some((kept) => kept === type);
}

/** `export const|function|class Name` declarations of a left-out file (the stub exports the same names). */
async function exportedNames(file: string): Promise<string[]> {
  const source = await readFile(file, "utf8");
  return [...source.matchAll(/^export (?:const|function|class) (\w+)/gm)].flatMap((match) =>
    match[1] ? [match[1]] : [],
  );
}

const LEFT_OUT = "coursemark-left-out";
/**
 * The one module every stub takes its throwing function from: one function in the bundle, not one
 * (with its file's name) per stub, ~0.5 KB gzip less for every package; the stack names the caller.
 */
const THROWER = "coursemark-left-out-thrower";

/**
 * Resolves what the package cannot reach to a stub exporting the same names, each a function that
 * throws if it is ever called: the maps that list every type keep their shape and the package's own
 * types work as everywhere else. A name the stub lacks fails the build (esbuild checks imports).
 */
export function leaveOutUnused(contents: BundleContents): Plugin {
  return {
    name: "coursemark-leave-out-unused",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: new RegExp(`^${THROWER}$`) }, () => ({
        path: THROWER,
        namespace: THROWER,
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: THROWER }, () => ({
        contents: `export const leftOut = () => { throw new Error("Bug: this package's player left out what was called"); };`,
        loader: "js",
      }));
      pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.namespace !== "file") return undefined;
        const file = path.resolve(args.resolveDir, args.path);
        const how = leftOut(file, args.importer, contents);
        return how ? { path: file, namespace: LEFT_OUT, pluginData: how } : undefined;
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: LEFT_OUT }, async (args) => {
        const names = await exportedNames(args.path);
        // An absent catalogue makes catalogueFor fall back to English; an absent switch, no switching.
        const value = args.pluginData === "absent" ? "undefined" : "leftOut";
        return {
          contents: [
            ...(value === "leftOut" ? [`import { leftOut } from "${THROWER}";`] : []),
            ...names.map((name) => `export const ${name} = ${value};`),
          ].join("\n"),
          loader: "js",
        };
      });
    },
  };
}
