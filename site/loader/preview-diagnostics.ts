import type { Diagnostic } from "../../engine/diagnostics/format.ts";

/**
 * The author preview's channel between the content loader (Astro's process) and the pages and
 * the dev-server integration (Vite's module runner, same process, separate module instances):
 * one object on globalThis. It exists only in the dev server, never in a learner's page.
 */
/** Called after each compile; `contentChanged` tells whether Astro will reload the page itself. */
type SyncListener = (contentChanged: boolean) => void;

interface PreviewChannel {
  diagnostics: Diagnostic[];
  listeners: Set<SyncListener>;
}

const KEY = Symbol.for("coursemark.preview");

function channel(): PreviewChannel {
  const holder = globalThis as { [KEY]?: PreviewChannel };
  holder[KEY] ??= { diagnostics: [], listeners: new Set() };
  return holder[KEY];
}

export function setPreviewDiagnostics(diagnostics: Diagnostic[], contentChanged: boolean): void {
  channel().diagnostics = diagnostics;
  for (const listener of channel().listeners) listener(contentChanged);
}

export function getPreviewDiagnostics(): Diagnostic[] {
  return channel().diagnostics;
}

export function onPreviewSynced(listener: SyncListener): () => void {
  channel().listeners.add(listener);
  return () => channel().listeners.delete(listener);
}
