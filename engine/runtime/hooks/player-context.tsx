import { type ComponentChildren, createContext } from "preact";
import { useContext } from "preact/hooks";
import type { CourseModel, GlossaryTerm } from "../../model/schema.ts";
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
  /** `srcset` of raster images by course path, where the host made smaller modern variants (the web edition). */
  imageSources: Readonly<Record<string, string>>;
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
  init: Omit<PlayerSettings, "glossary" | "messages" | "canOpenLesson" | "embedded" | "imageSources"> &
    Partial<Pick<PlayerSettings, "messages" | "canOpenLesson" | "embedded" | "imageSources">>,
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
    imageSources: init.imageSources ?? {},
    messages: init.messages ?? en,
    glossary: new Map(init.course.glossary.map((term) => [term.id, term])),
  };
}

export const useCourse = (): CourseModel => usePlayerSettings().course;
export const useMessages = (): Messages => usePlayerSettings().messages;
export const useGlossary = (): ReadonlyMap<string, GlossaryTerm> => usePlayerSettings().glossary;
export const useEmbedded = (): boolean => usePlayerSettings().embedded;

/** Attributes that let the browser pick a smaller modern variant of an image, when the host made some. */
export function useImageSourceSet(): (coursePath: string) => { srcset?: string; sizes?: string } {
  const { imageSources } = usePlayerSettings();
  return (coursePath) => {
    const srcset = imageSources[coursePath];
    return srcset ? { srcset, sizes: "(max-width: 46rem) 100vw, 46rem" } : {};
  };
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

/** Course media path → URL relative to the page. */
export function useMediaUrl(): (coursePath: string) => string {
  const { mediaBase } = usePlayerSettings();
  return (coursePath) => mediaBase + coursePath.split("/").map(encodeURIComponent).join("/");
}
