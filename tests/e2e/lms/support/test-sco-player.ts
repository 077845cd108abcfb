import type { PlayerProvider } from "../../../../exporters/scorm-shared/player.ts";
import { bundleTestScript } from "./bundle.ts";

let script: Promise<Uint8Array> | undefined;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Packages whose "player" is the test SCO (tests/e2e/lms/test-sco/sco.ts) instead of the runtime. */
export const testScoPlayer: PlayerProvider = async ({ course, title, tracker }) => {
  script ??= bundleTestScript("test-sco/sco.ts");
  return {
    page: `<!doctype html>\n<html lang="${escapeHtml(course.lang)}" data-tracker="${tracker}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><script defer src="player.js"></script></head><body><p>Test SCO</p></body></html>\n`,
    launchAssets: new Map([["player.js", await script]]),
  };
};
