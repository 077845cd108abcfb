import { type ComponentChildren, createContext } from "preact";
import { useContext } from "preact/hooks";
import { imageSizeOf } from "../../model/image-size.ts";
import { IMAGE_SIZES, variantPath, variantSourceSet } from "../../model/image-variants.ts";
import type { CourseMedia, CourseModel, GlossaryTerm } from "../../model/schema.ts";
import { en, type Messages } from "../messages/en.ts";

export interface PlayerSettings {
  course: CourseModel;
  /** Relative folder that course media paths resolve against ("" or ending in "/"). */
  mediaBase: string;
  messages: Messages;
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** Opens a lesson named by a `data-lesson` link. */
  openLesson(lessonId: string): void;
  /** Whether a lesson link can be followed here (a module package holds only its own lessons). */
  canOpenLesson(lessonId: string): boolean;
  /** Inside a host page that has its own main landmark, skip link and course header (the web edition). */
  embedded: boolean;
  /** The model's media entries (a photo's variant widths, an image's size), by course path. */
  mediaFiles: ReadonlyMap<string, CourseMedia>;
  /** Ends the session and leaves for the platform's return page; only when the platform gave one (cmi5). */
  exit?: () => void;
}

const PlayerSettingsContext = createContext<PlayerSettings | undefined>(undefined);

export function PlayerSettingsProvider(props: { value: PlayerSettings; children: ComponentChildren }) {
  return (
    <PlayerSettingsContext.Provider value={props.value}>{props.children}</PlayerSettingsContext.Provider>
  );
}

function usePlayerSettings(): PlayerSettings {
  const settings = useContext(PlayerSettingsContext);
  if (!settings) throw new Error("usePlayerSettings outside PlayerSettingsProvider");
  return settings;
}

export function createPlayerSettings(
  init: Omit<PlayerSettings, "glossary" | "messages" | "canOpenLesson" | "embedded" | "mediaFiles"> &
    Partial<Pick<PlayerSettings, "messages" | "canOpenLesson" | "embedded">>,
): PlayerSettings {
  const present = new Set(
    init.course.modules
      .flatMap((module) => module.lessons.filter((lesson) => lesson.screens.length > 0))
      .map((lesson) => lesson.id),
  );
  return {
    ...init,
    canOpenLesson: init.canOpenLesson ?? ((lessonId) => present.has(lessonId)),
    embedded: init.embedded ?? false,
    mediaFiles: new Map(init.course.media.map((file) => [file.path, file])),
    messages: init.messages ?? en,
    glossary: new Map(init.course.glossary.map((term) => [term.id, term])),
  };
}

export const useCourse = (): CourseModel => usePlayerSettings().course;
export const useMessages = (): Messages => usePlayerSettings().messages;
export const useGlossary = (): ReadonlyMap<string, GlossaryTerm> => usePlayerSettings().glossary;
export const useEmbedded = (): boolean => usePlayerSettings().embedded;

/** URL of a course file, or of its WebP variant `width` px wide. */
const urlOf = (mediaBase: string, coursePath: string, width?: number) =>
  mediaBase +
  (width ? variantPath(coursePath, width) : coursePath).split("/").map(encodeURIComponent).join("/");

/** Attributes that let the browser pick the smallest variant of a photo that fills its column. */
export function useImageSourceSet(): (coursePath: string) => { srcset?: string; sizes?: string } {
  const { mediaFiles, mediaBase } = usePlayerSettings();
  return (coursePath) => {
    const widths = mediaFiles.get(coursePath)?.widths;
    return widths
      ? {
          srcset: variantSourceSet(coursePath, widths, (path) => urlOf(mediaBase, path)),
          sizes: IMAGE_SIZES,
        }
      : {};
  };
}

/**
 * An image's `width` and `height` (from the model), so the browser reserves its box, in the image's
 * shape, before the file arrives (the theme's `max-width:100%; height:auto` scales it to the column).
 */
export function useImageSize(): (coursePath: string) => { width?: number; height?: number } {
  const { mediaFiles } = usePlayerSettings();
  return (coursePath) => imageSizeOf(mediaFiles.get(coursePath));
}
export const useOpenLesson = (): PlayerSettings["openLesson"] => usePlayerSettings().openLesson;
export const useCanOpenLesson = (): PlayerSettings["canOpenLesson"] => usePlayerSettings().canOpenLesson;
export const useExit = (): PlayerSettings["exit"] => usePlayerSettings().exit;

const primaryLanguage = (tag: string) => tag.split("-")[0]?.toLowerCase();

/**
 * `lang` for the player's own words (buttons, notices, verdicts) when the catalogue's language is
 * not the course's (WCAG 3.1.2); undefined when they agree, so nothing is marked needlessly.
 */
export function useChromeLang(): string | undefined {
  const { course, messages } = usePlayerSettings();
  return primaryLanguage(course.lang) === primaryLanguage(messages.lang) ? undefined : messages.lang;
}

/** Course media path → URL relative to the page; a photo with variants → its largest variant. */
export function useMediaUrl(): (coursePath: string) => string {
  const { mediaBase, mediaFiles } = usePlayerSettings();
  return (coursePath) => urlOf(mediaBase, coursePath, mediaFiles.get(coursePath)?.widths?.at(-1));
}
