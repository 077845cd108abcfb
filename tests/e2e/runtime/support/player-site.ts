import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { primarySubtag } from "../../../../engine/i18n/language-tag.ts";
import { renderPlayerPage } from "../../../../engine/runtime/page.ts";
import type { PlayerScope } from "../../../../engine/runtime/scope.ts";
import { buildPlayerBundle } from "../../../../exporters/bundle.ts";
import { fullContents } from "../../../../exporters/bundle-contents.ts";
import { serveStatic } from "../../support/static-server.ts";
import { buildTestCourse, type TestCourse } from "./test-course.ts";

export interface PlayerSite {
  course: TestCourse;
  close(): Promise<void>;
  /** The page URL of one scope (each scope gets its own folder). */
  urlOf(scope: PlayerScope): string;
  /** The same page opened from the file system, as the Moodle app opens a downloaded package. */
  fileUrlOf(scope: PlayerScope): string;
}

function folderOf(scope: PlayerScope): string {
  return scope.kind === "module"
    ? `module-${scope.moduleId}`
    : scope.kind === "lesson"
      ? `lesson-${scope.lessonId}`
      : scope.kind;
}

/**
 * The test course as a package would ship it: index.html per scope from renderPlayerPage, the
 * local-tracker bundle in `assets/`, media in `media/`, served on 127.0.0.1.
 */
export async function buildPlayerSite(
  scopes: readonly PlayerScope[],
  options: { courseLang?: string; course?: TestCourse } = {},
): Promise<PlayerSite> {
  const compiled = options.course ?? (await buildTestCourse());
  const lang = options.courseLang ?? compiled.model.lang;
  const course = { ...compiled, model: { ...compiled.model, lang } };
  const root = await mkdtemp(path.join(tmpdir(), "cm-runtime-"));
  // The player's words in the course's language, as a package of that language carries them.
  const languages = lang.startsWith("en") ? [] : [primarySubtag(lang)];
  const bundle = await buildPlayerBundle({ tracker: "local", contents: { ...fullContents, languages } });
  await mkdir(path.join(root, "assets"));
  for (const [name, bytes] of Object.entries(bundle)) await writeFile(path.join(root, "assets", name), bytes);
  for (const media of course.media) {
    await mkdir(path.join(root, path.dirname(media.coursePath)), { recursive: true });
    await writeFile(path.join(root, media.coursePath), media.bytes);
  }
  for (const scope of scopes) {
    const html = renderPlayerPage({
      course: course.model,
      scope,
      lang: course.model.lang,
      title: course.model.title,
      assetsBase: "../assets/",
      mediaBase: "../",
    });
    await mkdir(path.join(root, folderOf(scope)));
    await writeFile(path.join(root, folderOf(scope), "index.html"), html);
  }
  const server = await serveStatic(root);
  return {
    course,
    close: () => server.close(),
    urlOf: (scope) => `${server.url}/${folderOf(scope)}/`,
    fileUrlOf: (scope) => pathToFileURL(path.join(root, folderOf(scope), "index.html")).href,
  };
}
