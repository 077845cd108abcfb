/**
 * The other language editions a package carries (`editions/<lang>.js`, written by
 * exporters/edition-script.ts), and the one to show: the first of the learner's preferred languages
 * (as the platform states them) that the course has, matched exactly, then by primary subtag.
 * Without a preference, or with one the course lacks, the package's own edition stays.
 */
import { primarySubtag } from "../i18n/language-tag.ts";
import type { CourseModel } from "../model/schema.ts";
import type { Messages } from "./messages/en.ts";

export interface Edition {
  course: CourseModel;
  messages: Messages;
}

/** Where an edition script leaves its edition: `self.coursemarkEditions[lang]`. */
export const EDITIONS_GLOBAL = "coursemarkEditions";

/** The language to switch to, or undefined to stay with the page's own. */
export function preferredEdition(
  preferred: readonly string[],
  pageLang: string,
  editions: readonly string[],
): string | undefined {
  const offered = [pageLang, ...editions];
  for (const tag of preferred) {
    const match =
      offered.find((lang) => lang.toLowerCase() === tag.toLowerCase()) ??
      offered.find((lang) => primarySubtag(lang) === primarySubtag(tag));
    if (match) return match === pageLang ? undefined : match;
  }
  return undefined;
}

/** Runs an edition script (a classic script works from file://, as the Moodle app opens packages). */
export function loadEdition(src: string, lang: string): Promise<Edition | undefined> {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () =>
      resolve(
        (window as unknown as Record<string, Record<string, Edition> | undefined>)[EDITIONS_GLOBAL]?.[lang],
      );
    script.onerror = () => resolve(undefined);
    document.head.append(script);
  });
}
