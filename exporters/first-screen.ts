/**
 * A package's first screen as HTML, rendered at build time by the real player (the web edition's
 * static player, engine/runtime/player/static-player.tsx) so the launch page shows the lesson before
 * player.js runs. Node cannot run TSX, so the renderer is bundled by esbuild (with Preact and
 * preact-render-to-string, which Astro's Preact integration already brings) and imported once per
 * process.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { PlayerScope } from "../engine/machines/scope.ts";
import type { CourseModel } from "../engine/model/schema.ts";

interface FirstScreenRenderer {
  renderFirstScreen(options: { course: CourseModel; scope: PlayerScope; mediaBase: string }): string;
}

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

const RENDERER_ENTRY = `
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { catalogueFor } from "./engine/runtime/messages/catalogues.ts";
import { StaticPlayer } from "./engine/runtime/player/static-player.tsx";
export const renderFirstScreen = (props) =>
  renderToString(h(StaticPlayer, { ...props, embedded: false, messages: catalogueFor(props.course.lang) }));
`;

async function loadRenderer(): Promise<FirstScreenRenderer> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    stdin: {
      contents: RENDERER_ENTRY,
      resolveDir: REPO_ROOT,
      sourcefile: "first-screen-entry.js",
      loader: "js",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error("esbuild produced no first-screen renderer");
  return (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
  )) as FirstScreenRenderer;
}

let renderer: Promise<FirstScreenRenderer> | undefined;

/** The player's first screen for a scope, as a first launch sees it (deterministic: no clock, no device). */
export async function renderFirstScreen(course: CourseModel, scope: PlayerScope): Promise<string> {
  renderer ??= loadRenderer();
  renderer.catch(() => {
    renderer = undefined;
  });
  return (await renderer).renderFirstScreen({ course, scope, mediaBase: "" });
}
