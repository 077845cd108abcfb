import { byPrimarySubtag } from "../../i18n/language-tag.ts";
import { ar } from "./ar.ts";
import { en, type Messages } from "./en.ts";
import { fr } from "./fr.ts";
import { tw } from "./tw.ts";

/**
 * Every player catalogue by primary language subtag. A package's player bundle carries English and
 * its course's language only: exporters/bundle-contents.ts leaves the others out (they read as
 * absent, so catalogueFor falls back to English); another edition brings its own (edition-script.ts).
 */
const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr, ar, tw };

/** The languages the player speaks (primary subtags). */
export const CATALOGUE_LANGUAGES: readonly string[] = Object.keys(CATALOGUES);

/** The player's words for a course language (`fr-CI` → French); English when there is no catalogue. */
export function catalogueFor(lang: string): Messages {
  return byPrimarySubtag(lang, CATALOGUES, en);
}
